/** `view` without its fields that are undefined: a view holds only what the source gave. */
export function defined<T extends object>(view: T): T {
  for (const key in view) if (view[key] === undefined) delete view[key];
  return view;
}
