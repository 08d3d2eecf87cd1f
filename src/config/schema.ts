// The organisation policy and the add-in configuration, as zod schemas. The
// same schemas validate the JSON IT deploys, the scanner's --config file, and
// produce schemas/config.schema.json for editors.
import { z } from 'zod';
import type { Language } from '../i18n/types';
import type { Policy } from '../detector/types';
import {
  isAddress, isAddressOrDomain, isDomainName, normaliseAddress, normaliseAddressOrDomain, normaliseDomain,
} from './names';

// The taskpane runs under a CSP without 'unsafe-eval'. zod's object fast path
// probes `new Function`, which such a CSP reports as a violation even when the
// throw is caught; the interpreted path is fast enough for a config file.
z.config({ jitless: true });

const LANGUAGE_CODES = ['en', 'fr', 'nl', 'de'] as const satisfies readonly Language[];

const domain = z.string()
  .overwrite(normaliseDomain)
  .refine(isDomainName, { message: 'expected a domain name' })
  .meta({ description: 'A domain name such as "parliament.example"; compared in lower case.' });

const address = z.string()
  .overwrite(normaliseAddress)
  .refine(isAddress, { message: 'expected an email address' })
  .meta({ description: 'An email address; compared in lower case.' });

const addressOrDomain = z.string()
  .overwrite(normaliseAddressOrDomain)
  .refine(isAddressOrDomain, { message: 'expected an email address or a domain name' });

const nonEmptyName = z.string().trim().min(1, { message: 'expected a non-empty name' });

const vipSchema = z.strictObject({
  name: nonEmptyName.meta({ description: 'The person as colleagues know them; impersonation is checked against it.' }),
  addresses: z.array(address).optional(),
  domains: z.array(domain).optional(),
});

const namedDomainsSchema = z.strictObject({
  name: nonEmptyName,
  domains: z.array(domain).min(1, { message: 'expected at least one domain' }),
  aliases: z.array(nonEmptyName).optional().meta({ description: 'Other spellings of the name seen in display names.' }),
});

export const policyShape = {
  orgDomains: z.array(domain).default([]).meta({ description: "The organisation's own domains." }),
  vips: z.array(vipSchema).default([]).meta({ description: 'People whose names impostors are likely to borrow.' }),
  trustedSenders: z.array(addressOrDomain).default([])
    .meta({ description: 'Senders whose tracking is expected (addresses or domains); their tracking is shown as information only.' }),
  newsOutlets: z.array(namedDomainsSchema).default([]).meta({ description: 'News outlets whose names impostors may borrow, with their real domains.' }),
  brands: z.array(namedDomainsSchema).default([]).meta({ description: 'Brands and services whose names impostors may borrow, with their real domains.' }),
  defaultLanguage: z.enum(LANGUAGE_CODES).default('en'),
};

export const policySchema = z.strictObject(policyShape);

export const REPORT_CATEGORIES = ['phishing', 'tracking', 'spam', 'unsure'] as const;

export const reportSchema = z.strictObject({
  reportEndpoint: z.url({ protocol: /^https$/, message: 'expected an https:// URL' }).optional()
    .meta({ description: 'Where reports are sent (HTTPS only).' }),
  reportToken: z.string().min(1, { message: 'expected a non-empty token' }).optional()
    .meta({ description: 'Bearer token sent with reports to reportEndpoint.' }),
  reportMailbox: address.optional().meta({ description: 'Security mailbox that receives reported messages.' }),
  afterReport: z.enum(['junk', 'deleted', 'leave']).default('leave'),
  categories: z.array(z.enum(REPORT_CATEGORIES)).min(1, { message: 'expected at least one category' })
    .default([...REPORT_CATEGORIES]),
});

export const addinConfigSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Lets editors find this schema; ignored.' }),
  ...policyShape,
  report: reportSchema.optional(),
});

export type AddinConfig = z.output<typeof addinConfigSchema>;
export type ReportConfig = z.output<typeof reportSchema>;

// Keeps the zod schema and the detector's Policy type from drifting apart.
type Assert<T extends true> = T;
export type PolicyMatchesDetector = Assert<z.output<typeof policySchema> extends Policy ? (Policy extends z.output<typeof policySchema> ? true : false) : false>;
