/**
 * States, provinces and other subdivisions as ISO 3166-2 codes. A state is
 * stored as the part of its ISO 3166-2 code after the country ("QC" for
 * CA-QC), so tax rules by state match every address that names the same
 * place, whichever way it was typed ("Quebec", "Québec", "qc", "CA-QC").
 * The code list is the iso-3166-2 package's.
 */

/** Lower case, no accents, single spaces: "Québec " → "quebec". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Per country: every folded code and name → the subdivision code, built on the country's first address with a state.
 * The package is loaded then too, and the maps are made only for the countries used (issue 12: the package's data is
 * ~1.5 MiB of heap that a server answering reads never needs; maps of every country would be ~1.4 MiB more).
 */
const lookup = new Map<string, Map<string, string> | undefined>();

function subdivisionsOf(country: string): Map<string, string> | undefined {
  const countryCode = country.toUpperCase();
  if (!lookup.has(countryCode)) {
    const { data } = require('iso-3166-2') as typeof import('iso-3166-2');
    // Only the list's countries are remembered, whatever a caller sends.
    if (!Object.hasOwn(data, countryCode)) return undefined;
    const names = new Map<string, string>();
    for (const [fullCode, sub] of Object.entries(data[countryCode].sub)) {
      const code = fullCode.slice(fullCode.indexOf('-') + 1);
      names.set(fold(fullCode), code);
      names.set(fold(code), code);
      // A name never overrides a code (a few names equal another subdivision's code).
      if (!names.has(fold(sub.name))) names.set(fold(sub.name), code);
    }
    lookup.set(countryCode, names.size ? names : undefined);
  }
  return lookup.get(countryCode);
}

export type SubdivisionResult = { ok: true; state: string | null } | { ok: false; problem: string };

/**
 * The stored form of `state` in `country`: null when blank; the subdivision
 * code when the country has ISO 3166-2 subdivisions and `state` names one;
 * a problem when it names none, or when there is a state but no country.
 * Countries without subdivisions in the list keep the text as given.
 */
export function normaliseSubdivision(country: string | null | undefined, state: string | null | undefined): SubdivisionResult {
  const text = state?.trim();
  if (!text) return { ok: true, state: null };
  if (!country) return { ok: false, problem: 'A state needs a country' };
  const subdivisions = subdivisionsOf(country);
  if (!subdivisions) return { ok: true, state: text };
  const code = subdivisions.get(fold(text));
  if (code) return { ok: true, state: code };
  return { ok: false, problem: `"${text}" is not a state or province of ${country.toUpperCase()}: give its ISO 3166-2 code (e.g. ${[...subdivisions.values()][0]}) or its name` };
}
