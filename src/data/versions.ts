/**
 * Where a page's versions live: the register file of a page (`content/fassungen/…`) and the
 * id of each version (the day, numbered from the second version of a day on); their addresses
 * are in the routes module. Pure functions, shared by the content check, the pages, the check
 * after the build and `npm run fassung`.
 */
import { isoDate } from '../dates';

/** The register file of the start page, whose address has no name of its own. */
export const START_REGISTER = 'start.yaml';

/** A page address as registers name it: `/`, or lower-case segments each ending in `/`. */
const PAGE_ADDRESS = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

/** The register file of a page, relative to the registers' folder: `/begriffe/` → `begriffe.yaml`. */
export function registerFileOf(address: string): string {
  if (!PAGE_ADDRESS.test(address)) throw new Error(`"${address}" is not a page address such as /einordnung/`);
  return address === '/' ? START_REGISTER : `${address.slice(1, -1)}.yaml`;
}

/**
 * The page a register file belongs to, from its path relative to the registers' folder
 * (forward slashes); undefined for a name that cannot be one (upper case, spaces, no `.yaml`).
 */
export function addressOfRegister(file: string): string | undefined {
  if (file === START_REGISTER) return '/';
  const match = /^((?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/.exec(file);
  // `start.yaml` is the start page's; a page at /start/ would need the same file.
  return match?.[1] === undefined || match[1] === 'start' ? undefined : `/${match[1]}/`;
}

/** The ids of a page's versions, oldest first: the day, `-2` for the second version of a day, and so on. */
export function versionIds(dates: readonly Date[]): string[] {
  const seen = new Map<string, number>();
  return dates.map((date) => {
    const day = isoDate(date);
    const count = (seen.get(day) ?? 0) + 1;
    seen.set(day, count);
    return count === 1 ? day : `${day}-${String(count)}`;
  });
}
