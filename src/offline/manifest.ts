/** What the build tells the offline worker, written at the top of the worker file as `MANIFEST`. */
export interface WorkerManifest {
  /** The build's version: a hash of every stored file's content and of the worker's own code. */
  readonly version: string;
  /** The base path, with a slash at each end ("/" or "/intranet/culture/"). */
  readonly base: string;
  /** Name of the cache of files stored at install. */
  readonly precache: string;
  /** Name of the cache of pages and files kept as they are used (chapters a reader opened). */
  readonly runtime: string;
  /** Every cache of this deployment starts with this; those not named above are old and removed. */
  readonly prefix: string;
  /** Addresses stored at install, pages by their folder address. */
  readonly urls: readonly string[];
  /** The page shown for an address that was never stored while the network is away. */
  readonly offlinePage: string;
  /** The same page in each other language, by the language's folder ("de"), for addresses under it. */
  readonly languageOfflinePages: Readonly<Record<string, string>>;
  /** First path segments under the base path that belong to the site; other addresses are left alone. */
  readonly topLevel: readonly string[];
  /** First path segments the worker leaves to the network (the search index). */
  readonly networkOnly: readonly string[];
}
