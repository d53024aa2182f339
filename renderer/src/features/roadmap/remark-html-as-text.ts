// A remark plugin: raw HTML in Markdown becomes plain text, so `<script>` is shown, never parsed or dropped.

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

function convert(node: MdNode): void {
  if (node.type === 'html') node.type = 'text';
  for (const child of node.children ?? []) convert(child);
}

export default function remarkHtmlAsText() {
  return (tree: MdNode) => convert(tree);
}
