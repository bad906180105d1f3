import { expect } from '@open-wc/testing';
import packageJson from '../../package.json';
import manifest from '../../custom-elements.json';

// Bundlers drop modules not listed in sideEffects, so every file that registers a tag must be listed.
describe('package.json', () => {
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => (d as { tagName?: string }).tagName)).filter(Boolean);

  it('lists the define file of every element in sideEffects, for the source and the build', () => {
    expect(tags.length).to.be.greaterThan(0);
    for (const tag of tags) {
      const folder = tag!.replace(/^nhs-/, '');
      expect(packageJson.sideEffects).to.include(`./src/components/${folder}/${folder}.ts`);
      expect(packageJson.sideEffects).to.include(`./dist/components/${folder}/${folder}.js`);
    }
  });

  it('depends on lit and @lit/context only at run time', () => {
    expect(Object.keys(packageJson.dependencies).sort()).to.deep.equal(['@lit/context', 'lit']);
  });

  // Only nhs-role-widgets/react needs React and @lit/react: users of anything else must not get them.
  it('asks for peers only as optional ones: react and @lit/react for the React wrappers, @lit-labs/ssr and parse5 for server rendering', () => {
    expect(Object.keys(packageJson.peerDependencies).sort()).to.deep.equal(['@lit-labs/ssr', '@lit/react', 'parse5', 'react']);
    for (const name of Object.keys(packageJson.peerDependencies)) {
      expect(packageJson.peerDependenciesMeta[name as keyof typeof packageJson.peerDependenciesMeta].optional, name).to.equal(true);
    }
    expect(packageJson.exports).to.have.property('./react');
    expect(packageJson.exports).to.have.property('./jsx');
  });
});
