// The interface language for every component below the App, without passing it
// through each: English unless the App is given another.
import React, { createContext, useContext } from 'react';
import { ENGLISH, type Ui } from '../i18n/index.js';

const UiContext = createContext<Ui>(ENGLISH);

export function UiProvider({ ui, children }: { ui: Ui; children: React.ReactNode }): React.JSX.Element {
  return <UiContext.Provider value={ui}>{children}</UiContext.Provider>;
}

export function useUi(): Ui {
  return useContext(UiContext);
}
