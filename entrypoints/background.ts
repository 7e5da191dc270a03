export default defineBackground(() => {
  // Wired in src/background (issue: background service).
});
