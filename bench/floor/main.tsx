// The floor for start-to-interactive: a blank React page, built by Vite like the app, marking when drawn.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Blank() {
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('shipready:ready'));
  }, []);
  return <p>ready</p>;
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Blank />);
