import { LOAD_ERROR, SKIP_BECAUSE_BROKEN, checkActivityFunctions, getAppStatus, type ParcelConfig } from 'single-spa';
import type { Locale } from '@hn-elements/core';
import { containerId } from './app-props.js';
import type { HnErrorTile } from './hn-error-tile.js';
import { localize, strings } from './strings.js';
import type { ShellApp } from './types.js';

/** What stands in an app's place until it renders itself: a loading line, or an error tile. */

/** Class of the loading line single-spa-layout shows while an app loads. */
export const LOADING_CLASS = 'hn-shell-loading';

/** Whether single-spa gave up on the app: its module did not load, or a lifecycle threw or hung. */
export function isBroken(status: string | null): boolean {
  return status === LOAD_ERROR || status === SKIP_BECAUSE_BROKEN;
}

/** The error tile in the app's place, if there is one. */
export function tileIn(name: string): HnErrorTile | null {
  return document.getElementById(containerId(name))?.querySelector(':scope > hn-error-tile') ?? null;
}

/**
 * Puts an error tile in the place of a broken app that is active on this route (or updates the
 * one there): labelled with the app's name in `locale`, busy while a retry runs.
 */
export function showTile(app: ShellApp, locale: Locale, busy: boolean): void {
  const container = document.getElementById(containerId(app.name));
  if (!container || !isBroken(getAppStatus(app.name))) return;
  if (!checkActivityFunctions(window.location).includes(app.name)) return;
  let tile = tileIn(app.name);
  if (!tile) {
    tile = document.createElement('hn-error-tile');
    tile.app = app.name;
    container.style.removeProperty('min-block-size');
    container.replaceChildren(tile);
  }
  tile.locale = locale;
  tile.label = localize(app.label, locale);
  tile.busy = busy;
}

/**
 * The parcel single-spa-layout mounts while an app loads: a status line, unless a tile is there.
 * Where the app will list `items(name)` items (a short form's `max-items` on the overview), the line
 * reserves the height of the app's own loading state for that many (page.css), so neither its
 * loading state nor its list moves what is below.
 */
export function loadingParcel(locale: () => Locale, items: (name: string) => number | undefined = () => undefined): ParcelConfig {
  return {
    bootstrap: async () => {},
    mount: async (props) => {
      const container = (props as unknown as { domElement?: HTMLElement }).domElement;
      if (!container || container.querySelector(':scope > hn-error-tile')) return;
      const status = document.createElement('p');
      status.className = LOADING_CLASS;
      status.setAttribute('role', 'status');
      status.textContent = strings[locale()].loading;
      const count = items(container.id.slice(CONTAINER_PREFIX.length));
      if (count) status.style.setProperty('--hn-shell-loading-items', String(count));
      container.replaceChildren(status);
    },
    unmount: async (props) => {
      const container = (props as unknown as { domElement?: HTMLElement }).domElement;
      const line = container?.querySelector<HTMLElement>(`:scope > .${LOADING_CLASS}`);
      // The app's module has come; its element renders a moment after it is mounted. Until then
      // the place keeps the line's height (released by `clearPlaceholder`'s caller, or a tile).
      if (container && line) holdHeight(container, line);
      line?.remove();
    },
  };
}

const CONTAINER_PREFIX = containerId('');

/** Keeps `container` at least as tall as `line` is now (a short form's reserved height; CSSOM, allowed by the page's policy). */
function holdHeight(container: HTMLElement, line: HTMLElement): void {
  if (line.style.getPropertyValue('--hn-shell-loading-items')) container.style.minBlockSize = `${line.getBoundingClientRect().height}px`;
}

/**
 * Removes the loading line or error tile before the app renders itself. A short form's container
 * keeps the line's height until the returned function is called (once the app has rendered): an
 * app's element renders a moment after it is put in, and the place must not collapse and grow back
 * in between.
 */
export function clearPlaceholder(name: string): () => void {
  const container = document.getElementById(containerId(name));
  const line = container?.querySelector<HTMLElement>(`:scope > .${LOADING_CLASS}`);
  if (container && line) holdHeight(container, line);
  container?.querySelectorAll(`:scope > hn-error-tile, :scope > .${LOADING_CLASS}`).forEach((el) => el.remove());
  return () => container?.style.removeProperty('min-block-size');
}
