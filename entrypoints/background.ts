export default defineBackground(() => {
  // Wired by lib/deals and lib/sync.
});
