/*
 * Public reply or internal note? Internal notes never reach the customer, so they are not coached.
 * When nothing tells us, the answer is "public": checking a note by mistake costs a glance,
 * not checking a reply by mistake lets an escalating answer through.
 */
define('dk/replycoach/panel/reply-mode', ['jquery', 'dk/replycoach/panel/selectors'], function ($, selectors) {
    'use strict';

    var PUBLIC = 'public';
    var INTERNAL = 'internal';
    var PROPERTY_KEY = 'sd.public.comment';

    function readInternalFlag(value) {
        if (typeof value === 'string') {
            try {
                value = JSON.parse(value);
            } catch (e) {
                return null;
            }
        }
        return value && typeof value.internal === 'boolean' ? value.internal : null;
    }

    /*
     * JSM sends [{"key":"sd.public.comment","value":{"internal":true}}] (reference D); the shape has
     * varied between versions, so an object keyed by property name is accepted too, and anything
     * unreadable means "don't know" rather than an error.
     */
    function internalFromCommentProperty(raw) {
        var parsed;
        if (!raw) {
            return null;
        }
        try {
            parsed = JSON.parse(raw);
        } catch (e) {
            return null;
        }
        if (!parsed || typeof parsed !== 'object') {
            return null;
        }
        if (!Array.isArray(parsed)) {
            if (Object.prototype.hasOwnProperty.call(parsed, PROPERTY_KEY)) {
                return readInternalFlag(parsed[PROPERTY_KEY]);
            }
            parsed = [parsed];
        }
        for (var i = 0; i < parsed.length; i++) {
            if (parsed[i] && parsed[i].key === PROPERTY_KEY) {
                return readInternalFlag(parsed[i].value);
            }
        }
        return null;
    }

    function label(node) {
        var text = node.getAttribute('aria-label') || node.textContent || node.value || '';
        return text.replace(/\s+/g, ' ').trim().toLowerCase();
    }

    function isInternalControl(node) {
        return selectors.internalLabels.indexOf(label(node)) !== -1;
    }

    function isActive(node) {
        return node.getAttribute('aria-pressed') === 'true' || node.getAttribute('aria-selected') === 'true'
            || /(^|\s)(active|selected|is-active|is-selected|aui-nav-selected)(\s|$)/.test(node.className || '');
    }

    /**
     * @param scope the form or container around the editor
     * @param submitter the control that is sending the comment, when known
     * @returns 'public' or 'internal'
     */
    function detect(scope, submitter) {
        var $scope = $(scope);
        var restricted = $scope.find(selectors.commentLevel).filter(function () {
            return !!this.value;
        });
        if (restricted.length) {
            return INTERNAL;
        }
        var fromProperty = null;
        $scope.find(selectors.commentProperty).each(function () {
            var flag = internalFromCommentProperty(this.value);
            if (flag !== null) {
                fromProperty = flag;
            }
        });
        if (fromProperty !== null) {
            return fromProperty ? INTERNAL : PUBLIC;
        }
        // The toolkit only names the note button ("Comment internally"), so we recognise the note
        // and treat every other way of sending as a reply.
        if (submitter && isInternalControl(submitter)) {
            return INTERNAL;
        }
        var internalActive = $scope.find(selectors.modeControls).filter(function () {
            return isInternalControl(this) && isActive(this);
        });
        return internalActive.length ? INTERNAL : PUBLIC;
    }

    return {
        PUBLIC: PUBLIC,
        INTERNAL: INTERNAL,
        detect: detect,
        internalFromCommentProperty: internalFromCommentProperty
    };
});
