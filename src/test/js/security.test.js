'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { openPage, report, settle, panelScripts, CLASSIC_COMMENT_FORM, RESOURCES } = require('./support/jira-page');
const scan = require('./support/source-scan');

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(2)">';

// Tags the panel and the gate dialog are built from; anything else means markup got parsed.
const PANEL_TAGS = new Set(['SECTION', 'DIV', 'BUTTON', 'SPAN', 'P', 'H2', 'H4', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'MARK',
    'HEADER', 'FOOTER', 'FORM', 'FIELDSET', 'LEGEND', 'INPUT', 'LABEL', 'TEXTAREA']);

function assertOnlyPanelMarkup(root) {
    for (const node of root.querySelectorAll('*')) {
        assert.ok(PANEL_TAGS.has(node.tagName), `unexpected <${node.tagName.toLowerCase()}> in the panel`);
        for (const attr of Array.from(node.attributes)) {
            assert.ok(!/^on/i.test(attr.name), `event handler attribute ${attr.name}`);
        }
    }
}

function hostileReport(text) {
    const start = text.indexOf(SCRIPT);
    return report({
        style: { dominant: null, scores: {}, advice: SCRIPT + ' advice' },
        findings: [
            {
                rule: 'profanity', severity: 'block', start, end: start + SCRIPT.length, excerpt: SCRIPT,
                message: 'Message ' + SCRIPT, guidance: 'Guidance ' + IMG,
                suggestion: { replace: IMG, insert: null, start, end: start + SCRIPT.length }
            },
            {
                rule: 'no-but" onmouseover="alert(3)', severity: 'warning', start: 0, end: 5, excerpt: IMG,
                message: IMG, guidance: SCRIPT,
                suggestion: { replace: null, insert: SCRIPT, start: 0, end: 0 }
            }
        ]
    });
}

test('markup in the reply, the messages and the excerpts shows as text and never runs', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM, runScripts: 'dangerously' });
    const textarea = page.document.getElementById('comment');
    const text = 'Hello ' + SCRIPT + ' and ' + IMG + ' there';
    await page.typeAndCheck(textarea, text, hostileReport(text));
    const panel = page.panelOf(textarea);

    assert.equal(page.document.querySelectorAll('script').length, 0, 'no <script> element anywhere');
    assert.equal(page.document.querySelectorAll('img').length, 0, 'no <img> element anywhere');
    assertOnlyPanelMarkup(panel);
    assert.deepEqual(page.alerts, []);

    const block = panel.querySelector('.reply-coach-finding-block');
    assert.equal(block.querySelector('mark').textContent, SCRIPT);
    assert.equal(block.querySelector('.reply-coach-message').textContent, 'Message ' + SCRIPT);
    assert.equal(block.querySelector('.reply-coach-guidance').textContent, 'Guidance ' + IMG);
    assert.ok(block.querySelector('.reply-coach-excerpt').textContent.startsWith('Hello ' + SCRIPT + ' and <img src=x'));
    assert.equal(block.querySelector('.reply-coach-apply').textContent, 'Replace “' + SCRIPT + '” with “' + IMG + '”');
    assert.equal(panel.querySelector('.reply-coach-style').textContent, SCRIPT + ' advice');
    assert.equal(panel.querySelector('.reply-coach-finding-warning').getAttribute('data-rule'), 'no-but" onmouseover="alert(3)');
});

test('applying a suggestion that contains markup puts plain text into the editor', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM, runScripts: 'dangerously' });
    const textarea = page.document.getElementById('comment');
    const text = 'Hello ' + SCRIPT + ' there';
    await page.typeAndCheck(textarea, text, hostileReport(text));
    page.panelOf(textarea).querySelector('.reply-coach-finding-block .reply-coach-apply').click();
    assert.equal(textarea.value, 'Hello ' + IMG + ' there');
    assert.equal(page.document.querySelectorAll('script, img').length, 0);
    assert.deepEqual(page.alerts, []);
});

test('the gate dialog shows hostile findings as text', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM, runScripts: 'dangerously' });
    const textarea = page.document.getElementById('comment');
    const text = 'Hello ' + SCRIPT + ' there';
    await page.typeAndCheck(textarea, text, hostileReport(text));
    page.document.getElementById('issue-comment-add-submit').click();
    const dialog = page.openDialog();
    assert.ok(dialog);
    assertOnlyPanelMarkup(dialog.element);
    assert.equal(dialog.element.querySelector('mark').textContent, SCRIPT);
    assert.equal(dialog.element.querySelector('.reply-coach-message').textContent, 'Message ' + SCRIPT);
    assert.equal(page.document.querySelectorAll('script, img').length, 0);
    assert.deepEqual(page.alerts, []);
});

test('a server error message with markup is never put into the page', async () => {
    const page = await openPage({ body: CLASSIC_COMMENT_FORM, runScripts: 'dangerously' });
    const textarea = page.document.getElementById('comment');
    page.type(textarea, 'Hi');
    page.clock.tick(600);
    page.server.last('/check').respond(400, { error: SCRIPT + IMG });
    await settle();
    assert.equal(page.document.querySelectorAll('script, img').length, 0);
    assert.ok(!page.panelOf(textarea).textContent.includes('alert'));
    assert.deepEqual(page.alerts, []);
});

test('the alert spy would notice markup that jQuery parsed (the XSS tests can fail)', async () => {
    const page = await openPage({ body: '<div id="target"></div>', runScripts: 'dangerously' });
    // What a careless $(el).html(message) would do with a hostile message:
    page.$('#target').html(SCRIPT);
    assert.deepEqual(page.alerts, [[1]]);
});

test('the panel code has no way to turn text into markup', () => {
    const offences = [];
    for (const file of panelScripts()) {
        const source = fs.readFileSync(path.join(RESOURCES, file), 'utf8');
        scan.markupSinks(source).forEach((f) => offences.push(`${file}:${f.line} ${f.rule}: ${f.text}`));
    }
    assert.deepEqual(offences, []);
});

test('the markup scan catches each kind of sink, static or dynamic, and passes text-only code', () => {
    const bad = [
        'node.innerHTML = message;',
        'node.innerHTML = "<b>static</b>";',
        'node.outerHTML = x;',
        'node.insertAdjacentHTML("beforeend", finding.excerpt);',
        '$(panel).html(finding.message);',
        '$panel.html ( "<p>" + text + "</p>" );',
        '$panel.append("<li>" + rule + "</li>");',
        '$panel.append(\'<li>\');',
        '$(body).append(prefix + finding.message);',
        'var $n = $("<p>" + text);',
        'var $n = $(\'<span class="x">\');',
        '$.parseHTML(text);',
        'document.write(text);',
        'range.createContextualFragment(text);',
        'new DOMParser().parseFromString(text, "text/html");',
        'window.setTimeout("alert(1)", 0);',
        'eval(text);'
    ];
    bad.forEach((line) => assert.equal(scan.markupSinks(line).length > 0, true, 'not caught: ' + line));
    const good = [
        'node.textContent = finding.message;',
        "el('p', {text: finding.message});",
        'panel.appendChild(el("li", {}, [text]));',
        '$(panel).text(message);',
        '// innerHTML is never used here',
        'var help = "use .html( carefully";'
    ];
    good.forEach((line) => assert.deepEqual(scan.markupSinks(line), [], 'false alarm: ' + line));
});
