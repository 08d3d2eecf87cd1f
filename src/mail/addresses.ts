// postal-mime reports RFC 5322 groups ("Team: a@x, b@y;") as nested lists.
// The detector wants plain mailboxes, so groups are flattened: an empty group
// such as "undisclosed-recipients:;" contributes nothing.
import type { Address } from 'postal-mime';
import type { MailAddress } from '../detector/types';
import { repairC1 } from './c1-repair';

export function flattenAddresses(list: readonly Address[] | Address | undefined): MailAddress[] {
  if (!list) return [];
  const items = Array.isArray(list) ? list : [list as Address];
  const out: MailAddress[] = [];
  for (const item of items) {
    if (item.group) {
      for (const member of item.group) out.push(toMailAddress(member.name, member.address));
    } else {
      out.push(toMailAddress(item.name, item.address));
    }
  }
  return out;
}

export function firstAddress(value: Address | undefined): MailAddress | undefined {
  return flattenAddresses(value)[0];
}

function toMailAddress(name: string | undefined, address: string | undefined): MailAddress {
  return { name: repairC1((name ?? '').trim()), address: (address ?? '').trim() };
}
