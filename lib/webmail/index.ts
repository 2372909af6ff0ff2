/** The webmail host adapters: one interface (types.ts), one file per host, the choice by host name. */
export type {
  AdapterOptions,
  ComposeHandle,
  ComposeState,
  MissReporter,
  Recipient,
  Recipients,
  SelectorMiss,
  SendAttempt,
  SendTrigger,
  WebmailAdapter,
  WebmailHost,
} from './types.ts';
export { adapterFor, hostFor } from './detect.ts';
export { createGmailAdapter } from './gmail.ts';
export { createOutlookAdapter } from './outlook.ts';
export { maskedStructure } from './mask.ts';
export { WEBMAIL_HOSTNAMES, WEBMAIL_MATCHES } from './hosts.ts';
