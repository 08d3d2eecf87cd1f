// The add-in's only door to Office.js.
export { createOfficeHost, readCurrentItem, onItemChanged, showItemNotification, truncate,
  NOTIFICATION_KEY, NOTIFICATION_MAX_LENGTH, NOTIFICATION_ICON } from './office-host';
export type { OfficeHostOptions } from './office-host';
export { OfficeCallError } from './errors';
export { parseHeaderBlock } from './headers';
export { exposeOriginalImageSources } from './image-sources';
export type { HostTheme, ItemLimitation, ItemReadResult, MailHost } from './host';
