import { WEBMAIL_MATCHES } from '@/lib/webmail/hosts';
import { startCoach } from './coach';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Marks that Quid is present (the end-to-end suite checks it); gone with the extension context.
    document.documentElement.dataset.quid = 'ready';
    ctx.onInvalidated(() => {
      delete document.documentElement.dataset.quid;
    });
    try {
      startCoach(ctx);
    } catch (error) {
      console.debug('[quid] coach did not start', error instanceof Error ? error.name : typeof error);
    }
  },
});
