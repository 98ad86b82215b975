/*
 * Reply Coach settings page. Reads the form into the settings JSON, saves it with PUT (JSON, so
 * Jira's XSRF protection for form posts does not apply and no token is needed), shows field errors
 * next to their fields without touching other edits, and previews the unsaved settings on a sample
 * reply. Every text from the server or the admin is written with textContent, never as HTML.
 */
(function () {
    'use strict';

    var root;
    var rest;
    var previewTimer = null;
    var previewSeq = 0;

    function text(name, args) {
        var s = root.getAttribute('data-text-' + name) || name;
        (args || []).forEach(function (a, i) {
            s = s.split('{' + i + '}').join(String(a));
        });
        return s;
    }

    function fields(selector) {
        return Array.prototype.slice.call(root.querySelectorAll(selector));
    }

    /** Non-blank lines of a textarea, each with its line number, so an error on entry i finds its line. */
    function lines(textarea, splitWords) {
        var out = [];
        textarea.value.split(/\r?\n/).forEach(function (line, i) {
            var parts = splitWords ? line.split(/[\s,;]+/) : [line];
            parts.forEach(function (p) {
                var v = p.trim();
                if (v !== '') {
                    out.push({value: v, line: i + 1});
                }
            });
        });
        textarea.rcLines = out;
        return out.map(function (l) { return l.value; });
    }

    function numberValue(input) {
        var v = input.value.trim();
        if (v === '') {
            return null;
        }
        var n = Number(v);
        return isNaN(n) ? v : n;
    }

    function selectValue(field) {
        return root.querySelector('[data-field="' + field + '"]').value;
    }

    /** The settings JSON as the REST resource reads it; the version only for a save. */
    function collect(withVersion) {
        var s = {};
        if (withVersion) {
            s.version = Number(root.getAttribute('data-version'));
        }
        s.rules = {};
        fields('tr.rc-rule').forEach(function (row) {
            var id = row.getAttribute('data-rule');
            var rule = {};
            rule.enabled = row.querySelector('[data-field="rules.' + id + '.enabled"]').checked;
            rule.severity = row.querySelector('[data-field="rules.' + id + '.severity"]').value;
            Array.prototype.forEach.call(row.querySelectorAll('input[data-number]'), function (input) {
                var name = input.getAttribute('data-field').substring(('rules.' + id + '.').length);
                rule[name] = numberValue(input);
            });
            s.rules[id] = rule;
        });
        s.phrases = {};
        s.ignoredPhrases = {};
        fields('textarea[data-lines]').forEach(function (area) {
            var lang = area.getAttribute('data-language');
            var values = lines(area, false);
            if (area.getAttribute('data-lines') === 'ignored') {
                s.ignoredPhrases[lang] = values;
            } else {
                s.phrases[lang] = s.phrases[lang] || {};
                s.phrases[lang][area.getAttribute('data-category')] = values;
            }
        });
        s.projectScope = {
            all: root.querySelector('#rc-scope-all').checked,
            keys: lines(root.querySelector('#rc-project-keys'), true)
        };
        s.checkInternalNotes = root.querySelector('#rc-internal-notes').checked;
        s.gateMode = selectValue('gateMode');
        s.validator = {
            blockAt: selectValue('validator.blockAt'),
            scope: selectValue('validator.scope'),
            failMode: selectValue('validator.failMode')
        };
        s.retentionDays = numberValue(root.querySelector('#rc-retention'));
        s.leadGroups = lines(root.querySelector('#rc-lead-groups'), false);
        s.minGroupSize = numberValue(root.querySelector('#rc-min-group-size'));
        s.defaultLanguage = selectValue('defaultLanguage');
        return s;
    }

    function request(method, url, body) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: body
        }).then(function (response) {
            return response.text().then(function (t) {
                var json = null;
                try {
                    json = t ? JSON.parse(t) : null;
                } catch (e) {
                    json = null;
                }
                return {status: response.status, json: json};
            });
        });
    }

    function message(kind, value) {
        var box = root.querySelector('#rc-message');
        box.className = 'rc-message' + (kind ? ' aui-message aui-message-' + kind : '');
        box.textContent = value || '';
    }

    function clearErrors() {
        fields('.rc-field-error').forEach(function (e) { e.textContent = ''; });
        fields('.rc-invalid').forEach(function (e) { e.classList.remove('rc-invalid'); });
    }

    function holderFor(path) {
        var p = path;
        while (true) {
            var holder = root.querySelector('[data-error-for="' + cssEscape(p) + '"]');
            if (holder) {
                return holder;
            }
            var cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return root.querySelector('[data-error-for=""]');
            }
            p = p.substring(0, cut);
        }
    }

    function cssEscape(s) {
        return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
    }

    /** Puts each error next to its field; an entry of a list names its line in the textarea. */
    function showErrors(errors, prefix) {
        (errors || []).forEach(function (e) {
            var path = e.field || '';
            if (prefix && path.indexOf(prefix) === 0) {
                path = path.substring(prefix.length);
            }
            var msg = e.message;
            var entry = /^(.*)\[(\d+)\]$/.exec(path);
            if (entry) {
                var area = root.querySelector('[data-field="' + cssEscape(entry[1]) + '"]');
                var index = Number(entry[2]);
                if (area && area.rcLines && area.rcLines[index]) {
                    msg = text('line', [area.rcLines[index].line, e.message]);
                }
                path = entry[1];
            }
            var holder = holderFor(path);
            var line = document.createElement('div');
            line.textContent = (holder.getAttribute('data-error-for') === path || path === '' ? '' : path + ': ') + msg;
            holder.appendChild(line);
            var input = root.querySelector('[data-field="' + cssEscape(path) + '"]');
            if (input) {
                input.classList.add('rc-invalid');
            }
        });
    }

    function failed(response) {
        if (response && response.status === 401) {
            message('error', text('websudo'));
        } else if (response && response.json && response.json.message) {
            message('error', response.json.message);
        } else {
            message('error', text('network'));
        }
    }

    function save(event) {
        event.preventDefault();
        clearErrors();
        message('info', text('saving'));
        request('PUT', rest, JSON.stringify(collect(true))).then(function (r) {
            if (r.status === 200 && r.json) {
                root.setAttribute('data-version', String(r.json.version));
                message('success', text('saved', [r.json.version]));
            } else if (r.status === 400 && r.json) {
                showErrors(r.json.errors, '');
                message('error', text('errors'));
            } else {
                failed(r);
            }
        }, function () { failed(null); });
    }

    function renderPreview(report) {
        var out = root.querySelector('#rc-preview-result');
        out.textContent = '';
        var score = document.createElement('p');
        score.className = 'rc-score';
        score.textContent = text('preview-score', [report.score]);
        out.appendChild(score);
        if (!report.findings || report.findings.length === 0) {
            var none = document.createElement('p');
            none.textContent = text('preview-noFindings');
            out.appendChild(none);
            return;
        }
        var list = document.createElement('ul');
        list.className = 'rc-findings';
        report.findings.forEach(function (f) {
            var item = document.createElement('li');
            item.className = 'rc-finding rc-' + String(f.severity).replace(/[^a-z]/g, '');
            var row = root.querySelector('tr.rc-rule[data-rule="' + cssEscape(String(f.rule)) + '"]');
            var name = document.createElement('strong');
            name.textContent = row ? row.getAttribute('data-rule-name') : f.rule;
            var excerpt = document.createElement('q');
            excerpt.textContent = f.excerpt;
            var msg = document.createElement('span');
            msg.textContent = ' ' + f.message;
            item.appendChild(name);
            item.appendChild(document.createTextNode(' '));
            item.appendChild(excerpt);
            item.appendChild(msg);
            list.appendChild(item);
        });
        out.appendChild(list);
    }

    function preview() {
        var seq = ++previewSeq;
        var body = {
            settings: collect(false),
            text: root.querySelector('#rc-preview-text').value,
            customer: root.querySelector('#rc-preview-customer').value
        };
        request('POST', rest + '/preview', JSON.stringify(body)).then(function (r) {
            if (seq !== previewSeq) {
                return;
            }
            var out = root.querySelector('#rc-preview-result');
            if (r.status === 200 && r.json) {
                renderPreview(r.json);
            } else if (r.status === 400 && r.json) {
                clearErrors();
                showErrors(r.json.errors, 'settings.');
                out.textContent = text('preview-failed');
            } else {
                out.textContent = text('preview-failed');
            }
        }, function () {
            if (seq === previewSeq) {
                root.querySelector('#rc-preview-result').textContent = text('preview-failed');
            }
        });
    }

    function schedulePreview() {
        if (previewTimer) {
            clearTimeout(previewTimer);
        }
        previewTimer = setTimeout(preview, 500);
    }

    function importFile(file) {
        var reader = new FileReader();
        reader.onload = function () {
            clearErrors();
            var url = rest + '/import?version=' + encodeURIComponent(root.getAttribute('data-version'));
            request('POST', url, String(reader.result)).then(function (r) {
                if (r.status === 200) {
                    message('success', text('imported'));
                    window.location.reload();
                } else if (r.status === 400 && r.json) {
                    showErrors(r.json.errors.map(function (e) {
                        return {field: '', message: (e.field ? e.field + ': ' : '') + e.message};
                    }), '');
                    message('error', r.json.message);
                } else {
                    failed(r);
                }
            }, function () { failed(null); });
        };
        reader.readAsText(file);
    }

    function init() {
        root = document.getElementById('reply-coach-admin');
        if (!root) {
            return;
        }
        rest = root.getAttribute('data-rest');
        var form = root.querySelector('#rc-settings-form');
        form.addEventListener('submit', save);
        form.addEventListener('input', schedulePreview);
        form.addEventListener('change', schedulePreview);
        var file = root.querySelector('#rc-import-file');
        root.querySelector('#rc-import').addEventListener('click', function () { file.click(); });
        file.addEventListener('change', function () {
            if (file.files && file.files[0]) {
                importFile(file.files[0]);
                file.value = '';
            }
        });
        preview();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
