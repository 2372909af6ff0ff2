import type { LedgerCommands, LedgerReader } from '@/lib/ledger/types';
import { download } from '@/components/download';
import { CustomRulesSection } from './CustomRulesSection';
import { DataSection, type SaveFile } from './DataSection';
import { DomainsSection } from './DomainsSection';
import { PrivacySection } from './PrivacySection';
import { RuleSetsSection } from './RuleSetsSection';
import { useSettings } from './useSettings';

export interface OptionsPageProps {
  reader: LedgerReader;
  commands: LedgerCommands;
  /** Saves an export as a file; the browser download by default. */
  saveFile?: SaveFile;
  now?: () => Date;
}

const SECTIONS = [
  ['rules-heading', 'Rule sets'],
  ['custom-heading', 'Your own rules'],
  ['domains-heading', 'Domains'],
  ['privacy-heading', 'Privacy'],
  ['data-heading', 'Data'],
] as const;

/** The options page: every change is saved at once, and changes made elsewhere show up here. */
export function OptionsPage({ reader, commands, saveFile = download, now }: OptionsPageProps) {
  const { settings, change, status } = useSettings();
  return (
    <main className="quid-options">
      <header className="quid-options-head">
        <h1>Quid options</h1>
        <p role="status" className="quid-save-status">
          {status}
        </p>
      </header>
      <nav aria-label="Sections">
        <ul className="quid-toc">
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {settings === null ? (
        <p>Loading your settings…</p>
      ) : (
        <>
          <RuleSetsSection settings={settings} change={change} />
          <CustomRulesSection settings={settings} change={change} />
          <DomainsSection settings={settings} change={change} />
          <PrivacySection settings={settings} change={change} />
        </>
      )}
      <DataSection reader={reader} commands={commands} saveFile={saveFile} now={now} />
    </main>
  );
}
