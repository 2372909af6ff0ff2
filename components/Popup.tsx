export interface PopupProps {
  openOptions: () => void;
}

/** The toolbar popup. The per-buyer ledger view lands here; until then it explains Quid. */
export function Popup({ openOptions }: PopupProps) {
  return (
    <main className="quid-popup">
      <h1>Quid</h1>
      <p>
        Quid reads the email you are writing in Gmail or Outlook and warns you when it <strong>gives</strong> the
        buyer something — a discount, a custom demo, your calendar — and <strong>asks for nothing</strong> back.
      </p>
      <p>Every give should buy a get: a meeting with the decision maker, a signature date, a commitment.</p>
      <button type="button" onClick={openOptions}>
        Rules and options
      </button>
    </main>
  );
}
