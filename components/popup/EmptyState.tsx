/** What a new rep sees before the first email is recorded: how Quid works and what it keeps. */
export function EmptyState() {
  return (
    <section className="quid-empty" aria-labelledby="quid-empty-heading">
      <h2 id="quid-empty-heading">No buyers yet</h2>
      <p>
        Quid keeps a ledger of what you <strong>give</strong> each buyer and what you <strong>get</strong> back.
      </p>
      <ul>
        <li>
          A <strong>give</strong> costs you something: a discount or better terms, a custom demo or pilot, your time on
          their schedule.
        </li>
        <li>
          A <strong>get</strong> is what you ask for in return: information, access to the people who decide, and above
          all a commitment such as a signing date.
        </li>
        <li>
          Each buyer's <strong>balance</strong> is gets minus gives. Below zero, the relationship is tilting towards all
          give.
        </li>
      </ul>
      <p>
        The ledger fills in as you send email from Gmail or Outlook on the web. It stays in this browser: nothing leaves
        your machine.
      </p>
    </section>
  );
}
