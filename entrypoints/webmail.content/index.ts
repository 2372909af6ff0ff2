import { WEBMAIL_MATCHES } from '@/lib/webmail/hosts';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // The compose coach (host adapters, badge, send capture) is built on this
    // entrypoint; until then it only marks that Quid is present, and removes
    // the mark when the extension context goes away.
    document.documentElement.dataset.quid = 'ready';
    ctx.onInvalidated(() => {
      delete document.documentElement.dataset.quid;
    });
  },
});
