// A @web/test-runner plugin that answers the `a11y-snapshot` command (`a11ySnapshot()` from
// @web/test-runner-commands) for Chromium under Playwright >= 1.57, where `page.accessibility`
// no longer exists and the stock `a11ySnapshotPlugin` fails with "reading 'snapshot'".
//
// It reads Chromium's own accessibility tree through the DevTools protocol and returns the shape
// the stock plugin returned: `{ role, name, children }`, ignored nodes left out (their children
// hoisted), shadow DOM flattened as assistive technology sees it.
//
// Use in web-test-runner.config.mjs instead of a11ySnapshotPlugin():
//   import { axTreePlugin } from './packages/core/test/ax-tree-plugin.mjs';
//   plugins: [axTreePlugin(), ...]

/**
 * @typedef {{ role: string, name: string, children: AxNode[], value?: string, focused?: boolean, disabled?: boolean, checked?: string, level?: number }} AxNode
 */

/** @param {any} property */
function propertyValue(property) {
  return property?.value?.value;
}

/**
 * @param {any[]} nodes  CDP Accessibility.AXNode list
 * @returns {AxNode | undefined}
 */
function toTree(nodes) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const root = nodes.find((node) => !node.parentId) ?? nodes[0];
  /** @returns {AxNode[]} */
  const build = (node) => {
    const children = (node.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      return child ? build(child) : [];
    });
    // Inline text boxes only repeat their StaticText parent.
    if (node.ignored || node.role?.value === 'InlineTextBox') return children;
    /** @type {AxNode} */
    const out = { role: String(node.role?.value ?? ''), name: String(node.name?.value ?? ''), children };
    for (const property of node.properties ?? []) {
      const value = propertyValue(property);
      if (property.name === 'focused' && value) out.focused = true;
      if (property.name === 'disabled' && value) out.disabled = true;
      if (property.name === 'checked') out.checked = String(value);
      if (property.name === 'level') out.level = Number(value);
    }
    if (node.value?.value !== undefined) out.value = String(node.value.value);
    return [out];
  };
  return root ? build(root)[0] : undefined;
}

export function axTreePlugin() {
  return {
    name: 'hn-ax-tree-command',
    /** @param {{ command: string, payload?: { selector?: string }, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-snapshot') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`a11y-snapshot: unsupported browser type ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Accessibility.enable');
        let params = {};
        if (payload?.selector) {
          const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload.selector });
          if (nodeId) params = { nodeId };
        }
        const { nodes } = 'nodeId' in params ? await cdp.send('Accessibility.getPartialAXTree', { ...params, fetchRelatives: false }) : await cdp.send('Accessibility.getFullAXTree');
        if ('nodeId' in params) {
          // A partial tree holds only the node itself; fetch its subtree from the full tree.
          const full = (await cdp.send('Accessibility.getFullAXTree')).nodes;
          const start = full.find((node) => node.backendDOMNodeId === nodes[0]?.backendDOMNodeId);
          if (!start) return toTree(nodes);
          const ids = new Set();
          const walk = (node) => {
            ids.add(node.nodeId);
            for (const id of node.childIds ?? []) {
              const child = full.find((candidate) => candidate.nodeId === id);
              if (child) walk(child);
            }
          };
          walk(start);
          return toTree(full.filter((node) => ids.has(node.nodeId)).map((node) => (node === start ? { ...node, parentId: undefined } : node)));
        }
        return toTree(nodes);
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
  };
}
