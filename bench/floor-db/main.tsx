// A second anchor for start-to-interactive: the blank React page, plus opening the app's IndexedDB
// database natively and reading its progress rows before it marks itself drawn. What this costs over the
// blank floor is the browser's database latency at page start, which no app code can remove.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function readProgress(): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('shipready');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const connection = request.result;
      const rows = connection.transaction('progress').objectStore('progress').getAll();
      rows.onsuccess = () => {
        connection.close();
        resolve(rows.result.length);
      };
      rows.onerror = () => reject(rows.error);
    };
  });
}

function Blank() {
  const [rows, setRows] = useState<number | null>(null);
  useEffect(() => {
    void readProgress().then(setRows);
  }, []);
  useEffect(() => {
    if (rows !== null) requestAnimationFrame(() => performance.mark('shipready:ready'));
  }, [rows]);
  return <p>{rows === null ? 'opening' : `ready, ${rows} progress rows`}</p>;
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Blank />);
