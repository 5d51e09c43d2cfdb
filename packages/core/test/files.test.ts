import { expect } from '@open-wc/testing';
import { saveBlob } from '../src/files.js';

// looksLikePdf and safeFileName need no page and run under Node: node/files.test.ts.
describe('core: files', () => {
  it('saveBlob clicks a link to the blob with the name, removes it, and revokes the URL a task later', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const clicked: Array<{ href: string; download: string; inside: boolean }> = [];
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ href: link.href, download: link.download, inside: container.contains(link) });
      event.preventDefault(); // the test page does not download
    };
    container.addEventListener('click', onClick);
    try {
      saveBlob(container, new Blob(['hei'], { type: 'text/plain' }), 'hilsen.txt');
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('hilsen.txt');
      expect(clicked[0]!.href).to.match(/^blob:/);
      expect(clicked[0]!.inside).to.equal(true);
      expect(container.querySelector('a'), 'the link is gone').to.equal(null);
      expect(await (await fetch(clicked[0]!.href)).text(), 'readable until the task ends').to.equal('hei');
      // Timers of the same delay run in order: this one runs after saveBlob's revoke.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      let revoked = false;
      await fetch(clicked[0]!.href).catch(() => (revoked = true));
      expect(revoked, 'revoked after a task').to.equal(true);
    } finally {
      container.removeEventListener('click', onClick);
      container.remove();
    }
  });
});
