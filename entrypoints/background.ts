export default defineBackground(() => {
  // The ledger (issue 4) and send handling (issue 3) live here; for now the
  // service worker only announces itself to the developer console.
  console.debug('[quid] background ready');
});
