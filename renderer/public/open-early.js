// Asks IndexedDB to open the app's database while the main bundle is still downloading, so the
// browser has the database's files open by the time Dexie asks. It never creates or upgrades anything.
(() => {
  try {
    const request = indexedDB.open('shipready');
    request.onupgradeneeded = () => request.transaction.abort();
    request.onerror = (event) => event.preventDefault();
    request.onsuccess = () => {
      const connection = request.result;
      connection.onversionchange = () => connection.close();
      setTimeout(() => connection.close(), 5000);
    };
  } catch {
    // No IndexedDB: the app's own open reports it.
  }
})();
