// How the bundled data arrives (src/data/load-bundled.ts): each part is fetched once however many
// widgets ask, a widget can render what has already arrived in its first frame, a card loads only
// its own role's file when the embed bundle has them, and an id can never reach outside that folder.
// Each test starts from nothing loaded, as a fresh page would.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { bundledIndex } from '../../src/data/bundled-index.js';
import { bundledDataset } from '../../src/data/bundled.js';
import * as loader from '../../src/data/load-bundled.js';

/** The module as a fresh page has it: nothing loaded, no per-role folder. */
const freshLoader = async () => {
  loader.forgetBundledLoads();
  return loader;
};

const files = mkdtempSync(join(tmpdir(), 'nhs-role-files-'));
after(() => rmSync(files, { recursive: true, force: true }));
const filesUrl = `${pathToFileURL(files).href}/`;
/** Writes a per-role file as the embed bundle ships them: `<id>.js` exporting the role. */
const roleFile = (id: string, title: string) => writeFileSync(join(files, `${id}.js`), `export default ${JSON.stringify({ id, title })};`);

describe('the bundled data', () => {
  it('index: nothing before it is asked for, then the index, fetched once', async () => {
    const loader = await freshLoader();
    assert.equal(loader.bundledIndexIfLoaded(), undefined);
    const first = loader.loadBundledIndex();
    assert.equal(loader.loadBundledIndex(), first, 'a second widget shares the same fetch');
    assert.equal(await first, bundledIndex);
    assert.equal(loader.bundledIndexIfLoaded(), bundledIndex);
    assert.equal(loader.bundledDatasetIfLoaded(), undefined, 'the index alone does not bring every role');
  });

  it('whole dataset: every role in full, fetched once, and it serves as the index too', async () => {
    const loader = await freshLoader();
    assert.equal(loader.bundledDatasetIfLoaded(), undefined);
    const first = loader.loadBundledDataset();
    assert.equal(loader.loadBundledDataset(), first);
    assert.equal(await first, bundledDataset);
    assert.equal(loader.bundledDatasetIfLoaded(), bundledDataset);
    assert.equal(loader.bundledIndexIfLoaded(), bundledDataset);
    assert.equal(await loader.loadBundledIndex(), bundledDataset, 'no second fetch for the index');
  });

  it('an index that arrived first stays the index when the whole dataset follows', async () => {
    const loader = await freshLoader();
    await loader.loadBundledIndex();
    await loader.loadBundledDataset();
    assert.equal(loader.bundledIndexIfLoaded(), bundledIndex);
    assert.equal(await loader.loadBundledIndex(), bundledIndex);
  });
});

describe('one role’s details', () => {
  const paramedic = bundledDataset.roles.find((role) => role.id === 'paramedic')!;

  it('come from the whole dataset when there are no per-role files (npm users’ bundlers)', async () => {
    const loader = await freshLoader();
    assert.equal(loader.bundledRoleIfLoaded('paramedic'), undefined);
    assert.equal(await loader.loadBundledRole('paramedic'), paramedic);
    assert.equal(loader.bundledRoleIfLoaded('paramedic'), paramedic);
    assert.equal(await loader.loadBundledRole('astronaut'), undefined);
  });

  it('are there at once when the whole dataset has arrived', async () => {
    const loader = await freshLoader();
    await loader.loadBundledDataset();
    assert.equal(loader.bundledRoleIfLoaded('paramedic'), paramedic);
    assert.equal(await loader.loadBundledRole('paramedic'), paramedic);
  });

  it('come from the role’s own file when the embed bundle names the folder, once per role', async () => {
    const loader = await freshLoader();
    roleFile('file-role', 'From its own file');
    loader.useRoleFiles(filesUrl);
    const first = loader.loadBundledRole('file-role');
    assert.equal(loader.loadBundledRole('file-role'), first, 'two cards share one fetch');
    assert.deepEqual(await first, { id: 'file-role', title: 'From its own file' });
    assert.deepEqual(loader.bundledRoleIfLoaded('file-role'), { id: 'file-role', title: 'From its own file' });
    assert.equal(loader.bundledDatasetIfLoaded(), undefined, 'the whole dataset is not fetched for one card');
  });

  it('are never fetched for an id that is not a slug, so no id climbs out of the folder', async () => {
    const loader = await freshLoader();
    writeFileSync(join(files, 'Upper.js'), 'export default { id: "Upper" };');
    loader.useRoleFiles(filesUrl);
    for (const id of ['../secret', 'Upper', 'a/b', 'nurse?x=1', '', '-nurse', 'nurse-', 'a--b']) {
      assert.equal(await loader.loadBundledRole(id), undefined, id);
    }
  });

  it('are tried again after a failed fetch (say, a network blip)', async () => {
    const loader = await freshLoader();
    loader.useRoleFiles(filesUrl);
    await assert.rejects(loader.loadBundledRole('late-role'));
    roleFile('late-role', 'Arrived later');
    assert.deepEqual(await loader.loadBundledRole('late-role'), { id: 'late-role', title: 'Arrived later' });
  });
});
