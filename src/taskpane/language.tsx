import { createContext, useCallback, useContext } from 'react';
import type { Language } from '../i18n';
import { uiText, type UiKey } from '../i18n/ui';

export const LanguageContext = createContext<Language>('en');

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** The pane's language and a translator bound to it. */
export function useText(): { language: Language; t: Translate } {
  const language = useContext(LanguageContext);
  const t = useCallback<Translate>((key, params) => uiText(language, key, params), [language]);
  return { language, t };
}
