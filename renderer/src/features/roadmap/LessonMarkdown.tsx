// Renders lesson Markdown safely: raw HTML shows as text, images never load, links go through the guard.
import Markdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkHtmlAsText from './remark-html-as-text';

const components: Components = {
  // Lessons work offline and load nothing remote: an image becomes its description.
  img: ({ alt, src }) => (
    <span className="image-placeholder">
      [image not loaded: {alt || 'no description'}
      {src ? ` (${String(src).slice(0, 80)})` : ''}]
    </span>
  ),
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

export default function LessonMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      {/* Raw HTML becomes text before rendering; sanitizing the result is the second fence. */}
      <Markdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText]}
        rehypePlugins={[rehypeSanitize]}
        components={components}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
