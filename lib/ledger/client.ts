/** `LedgerCommands` for extension pages: each change is a message the background carries out. */
import { browser } from 'wxt/browser';
import { DELETE_ALL, DELETE_BUYER, IMPORT, SET_STATUS, type CommandResult, type LedgerCommand } from './protocol.ts';
import type { LedgerCommands } from './types.ts';

async function send(command: LedgerCommand): Promise<CommandResult & { ok: true }> {
  const result = (await browser.runtime.sendMessage(command)) as CommandResult | undefined;
  if (!result) throw new Error('Quid’s background did not answer. Reload the extension and try again.');
  if (!result.ok) throw new Error(result.error);
  return result;
}

export const ledgerCommands: LedgerCommands = {
  setStatus: async (findingId, status) => void (await send({ type: SET_STATUS, findingId, status })),
  deleteBuyer: async (account) => void (await send({ type: DELETE_BUYER, account })),
  deleteAll: async () => void (await send({ type: DELETE_ALL })),
  importJson: async (data) => {
    const result = await send({ type: IMPORT, data });
    return result.imported ?? { sends: 0, skipped: 0 };
  },
};
