/*
 * The three calls to the plugin's REST resource. JSON bodies only: Atlassian REST accepts
 * application/json without an XSRF token and rejects form posts, which is the protection we want.
 */
define('dk/replycoach/panel/coach-client', [], function () {
    'use strict';

    var BASE = '/rest/reply-coach/1.0';

    function url(path) {
        var contextPath = (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
        return contextPath + BASE + path;
    }

    /** A failed call; status 0 means the request never got an answer. */
    function CoachError(status, message) {
        this.name = 'CoachError';
        this.status = status;
        this.message = message || '';
    }
    CoachError.prototype = Object.create(Error.prototype);
    CoachError.prototype.constructor = CoachError;

    function post(path, body, signal) {
        return window.fetch(url(path), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body),
            signal: signal
        }).then(function (response) {
            return response.json().then(null, function () {
                return null;
            }).then(function (json) {
                if (!response.ok) {
                    throw new CoachError(response.status, json && typeof json.error === 'string' ? json.error : '');
                }
                return json;
            });
        }, function (error) {
            if (error && error.name === 'AbortError') {
                throw error;
            }
            throw new CoachError(0, '');
        });
    }

    /**
     * @param request {text, issueKey, draftId, customerText?, internal?}
     * @returns a promise of {enabled: false} or a report (DESIGN §3)
     */
    function check(request, signal) {
        return post('/check', request, signal).then(function (json) {
            if (!json || typeof json !== 'object') {
                throw new CoachError(0, '');
            }
            if (json.enabled === false) {
                return {enabled: false};
            }
            if (!Array.isArray(json.findings)) {
                throw new CoachError(0, '');
            }
            return json;
        });
    }

    /** A "not helpful" vote for one rule on one draft. */
    function feedback(vote) {
        return post('/feedback', {rule: vote.rule, draftId: vote.draftId, issueKey: vote.issueKey});
    }

    /** The agent sent a reply despite a block: which rules, the reason category, an optional note. */
    function override(record) {
        var body = {draftId: record.draftId, issueKey: record.issueKey, rules: record.rules, reason: record.reason};
        if (record.note) {
            body.note = record.note;
        }
        return post('/override', body);
    }

    return {check: check, feedback: feedback, override: override, CoachError: CoachError, url: url};
});
