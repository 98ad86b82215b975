'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { openPage, panelScripts, readProperties, ROOT, RESOURCES, CLASSIC_COMMENT_FORM } = require('./support/jira-page');
const scan = require('./support/source-scan');

const sources = () => panelScripts().map((file) => ({ file, text: fs.readFileSync(path.join(RESOURCES, file), 'utf8') }));

function listJs(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? listJs(full) : entry.name.endsWith('.js') ? [full] : [];
    });
}

test('the web-resource serves every panel file, with the dependencies and contexts the code needs', () => {
    const xml = fs.readFileSync(path.join(RESOURCES, 'atlassian-plugin.xml'), 'utf8');
    const module = /<web-resource key="reply-coach-panel"[\s\S]*?<\/web-resource>/.exec(xml)[0];
    // Other pages (the admin page) have their own web-resources: only the panel's files count here.
    const onDisk = listJs(path.join(RESOURCES, 'js')).map((f) => path.relative(RESOURCES, f))
        .filter((f) => f === 'js/reply-coach-panel.js' || f.startsWith('js/reply-coach/')).sort();
    assert.deepEqual(panelScripts().slice().sort(), onDisk);
    assert.equal(panelScripts()[panelScripts().length - 1], 'js/reply-coach-panel.js', 'the bootstrap comes last');
    for (const dependency of ['com.atlassian.auiplugin:ajs', 'com.atlassian.auiplugin:dialog2', 'jira.webresources:jira-events']) {
        assert.ok(module.includes(`<dependency>${dependency}</dependency>`), dependency);
    }
    assert.match(module, /<transformation extension="js">\s*<transformer key="jsI18n"\/>\s*<\/transformation>/);
    assert.match(module, /location="css\/reply-coach-panel\.css"/);
    assert.ok(fs.existsSync(path.join(RESOURCES, 'css/reply-coach-panel.css')));
    assert.deepEqual((module.match(/<context>[^<]+<\/context>/g) || []).sort(),
        ['<context>atl.general</context>', '<context>jira.view.issue</context>']);
});

test('each file defines one named AMD module and the panel adds no globals', async () => {
    for (const { file, text } of sources()) {
        const code = scan.codeOnly(text);
        const defines = code.match(/(^|[^.\w])define\s*\(/g) || [];
        assert.equal(defines.length, 1, `${file}: one define`);
        assert.match(text, /define\('dk\/replycoach\/panel[\w/-]*',/, `${file}: named in our namespace`);
    }
    const without = await openPage({ body: CLASSIC_COMMENT_FORM, loadPanel: false });
    const withPanel = await openPage({ body: CLASSIC_COMMENT_FORM });
    const added = Object.keys(withPanel.window).filter((key) => !(key in without.window));
    assert.deepEqual(added, []);
});

test('the panel files stay within ES5 syntax', () => {
    const offences = [];
    for (const { file, text } of sources()) {
        scan.newerSyntax(text).forEach((f) => offences.push(`${file}:${f.line} ${f.rule}: ${f.text}`));
    }
    assert.deepEqual(offences, []);
    assert.ok(scan.newerSyntax('const x = () => 1;').length >= 2, 'the syntax scan itself works');
});

test('every text is looked up by a literal key the jsI18n transformer can replace', () => {
    for (const { file, text } of sources()) {
        const code = scan.codeOnly(text);
        const calls = (code.match(/AJS\.I18n\.getText\s*\(/g) || []).length;
        const literal = (text.match(/AJS\.I18n\.getText\(\s*'replycoach\.panel\.[\w.-]+'/g) || []).length;
        assert.equal(literal, calls, `${file}: every getText call has a literal replycoach.panel.* key`);
    }
});

test('the panel texts exist in English and Danish, none unused, in one block of each file', () => {
    const used = new Set();
    for (const { text } of sources()) {
        for (const m of text.matchAll(/AJS\.I18n\.getText\(\s*'(replycoach\.[^']+)'/g)) {
            used.add(m[1]);
        }
    }
    assert.ok(used.size > 30);
    for (const name of ['replycoach.properties', 'replycoach_da.properties']) {
        const file = path.join(ROOT, 'src/main/i18n-src', name);
        const texts = readProperties(file);
        const panelKeys = Object.keys(texts).filter((k) => k.startsWith('replycoach.panel.'));
        assert.deepEqual([...used].filter((k) => !(k in texts)), [], `${name}: missing`);
        assert.deepEqual(panelKeys.filter((k) => !used.has(k)), [], `${name}: unused`);
        const keysInOrder = fs.readFileSync(file, 'utf8').split('\n').filter((l) => /^[\w.-]+=/.test(l)).map((l) => l.split('=')[0]);
        const firstPanel = keysInOrder.findIndex((k) => k.startsWith('replycoach.panel.'));
        const lastPanel = keysInOrder.length - 1 - [...keysInOrder].reverse().findIndex((k) => k.startsWith('replycoach.panel.'));
        assert.ok(keysInOrder.slice(firstPanel, lastPanel + 1).every((k) => k.startsWith('replycoach.panel.')), `${name}: panel keys form one block`);
    }
    const en = readProperties(path.join(ROOT, 'src/main/i18n-src/replycoach.properties'));
    const da = readProperties(path.join(ROOT, 'src/main/i18n-src/replycoach_da.properties'));
    const same = [...used].filter((k) => en[k] === da[k]);
    assert.deepEqual(same.sort(), ['replycoach.panel.score', 'replycoach.panel.severity.info', 'replycoach.panel.title'],
        'Danish is translated, apart from names and numbers');
});
