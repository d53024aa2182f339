// Catches a page that throws while drawing (a row it cannot read): that page says what failed and offers
// the raw export, while the sidebar and every other page keep working. Nothing is written, so a reload
// or another page starts clean.
import { Component, type ReactNode } from 'react';
import { RawExportButton } from './RawExportButton';

interface Props {
  /** The page's name as the sidebar shows it, for the sentence. */
  pageName: string;
  /** A new value (another route) draws the page again. */
  resetKey: string;
  children: ReactNode;
}

export class PageErrorBoundary extends Component<Props, { failed: Error | null }> {
  override state: { failed: Error | null } = { failed: null };

  static getDerivedStateFromError(error: unknown): { failed: Error } {
    return { failed: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: null });
  }

  override render() {
    if (this.state.failed) return <PageFailed pageName={this.props.pageName} error={this.state.failed} />;
    return this.props.children;
  }
}

function PageFailed({ pageName, error }: { pageName: string; error: Error }) {
  return (
    <section className="card" role="alert" aria-label={`${pageName} could not be shown`}>
      <h1>{pageName} could not be shown</h1>
      <p>
        Something in your data could not be read on this page: {error.message.slice(0, 300)}. Nothing was
        changed, and the other pages still work.
      </p>
      <p>You can export your data exactly as it is stored, to keep it or to send with a bug report.</p>
      <RawExportButton />
    </section>
  );
}
