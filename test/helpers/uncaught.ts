/** Collects uncaught errors and unhandled rejections on the page while the suite it is called in runs. */
export function captureUncaught(): { readonly messages: string[] } {
  const captured = { messages: [] as string[] };
  const onError = (event: ErrorEvent) => captured.messages.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => captured.messages.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return captured;
}
