/*
 * The unsaved-changes guard of forms saved by a button (marked data-unsaved-guard). Once something is typed
 * or chosen, a hint beside the form's Save button says the changes are not saved yet, and leaving the page
 * asks first: following a link of the page asks with the page's own words, closing or reloading the tab with
 * the browser's. Submitting the form clears it. The words come from the layout's #unsaved-texts, in the
 * person's language. Actions that save at once live in other forms, so they never make a form dirty.
 */
(function () {
    'use strict';

    var GUARDED = 'form[data-unsaved-guard]';
    var DIRTY = 'data-unsaved';
    var leaving = false;

    function text(name) {
        var texts = document.getElementById('unsaved-texts');
        return texts ? texts.getAttribute('data-' + name) : '';
    }

    function markDirty(form) {
        if (form.hasAttribute(DIRTY)) {
            return;
        }
        form.setAttribute(DIRTY, 'true');
        var hint = document.createElement('span');
        hint.className = 'unsaved-hint';
        hint.setAttribute('role', 'status');
        hint.textContent = text('hint');
        var save = form.querySelector('[id$=":save"]');
        if (save) {
            save.insertAdjacentElement('afterend', hint);
        } else {
            form.appendChild(hint);
        }
    }

    function anyDirty() {
        return document.querySelector(GUARDED + '[' + DIRTY + ']') !== null;
    }

    function changed(event) {
        var form = event.target.closest && event.target.closest(GUARDED);
        if (form) {
            markDirty(form);
        }
    }

    function submitted(event) {
        var form = event.target;
        if (form.matches && form.matches(GUARDED)) {
            leaving = true; // the form's own submission leaves the page with the changes, not without them
            form.removeAttribute(DIRTY);
            form.querySelectorAll('.unsaved-hint').forEach(function (hint) {
                hint.remove();
            });
        }
    }

    function clicked(event) {
        var link = event.target.closest && event.target.closest('a[href]');
        if (!link || !anyDirty() || event.defaultPrevented) {
            return;
        }
        // a click that opens another tab, downloads a file or hands over to another application keeps this page
        var href = link.getAttribute('href');
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || link.target === '_blank'
                || link.hasAttribute('download') || /^(#|javascript:|mailto:|tel:)/i.test(href)) {
            return;
        }
        if (window.confirm(text('leave'))) {
            leaving = true;
            // a link that turns out to stay on the page (an answer sent as a download) must not disarm the guard
            window.setTimeout(function () {
                leaving = false;
            }, 2000);
        } else {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }

    function beforeUnload(event) {
        if (anyDirty() && !leaving) {
            event.preventDefault();
            event.returnValue = text('leave');
            return text('leave');
        }
        leaving = false;
        return undefined;
    }

    document.addEventListener('DOMContentLoaded', function () {
        // PrimeFaces' widgets (menus, check boxes) announce their changes through jQuery, which only jQuery's
        // own handlers hear; delegated jQuery handlers hear the native events as well
        if (window.jQuery) {
            window.jQuery(document).on('input change', GUARDED + ' :input', changed);
        } else {
            document.addEventListener('input', changed);
            document.addEventListener('change', changed);
        }
        // a form sent back with refusals still holds what was typed and is not saved
        document.querySelectorAll(GUARDED).forEach(function (form) {
            if (form.querySelector('.ui-state-error, .ui-message-error')) {
                markDirty(form);
            }
        });
    });
    document.addEventListener('submit', submitted, true);
    document.addEventListener('click', clicked, true);
    window.addEventListener('beforeunload', beforeUnload);
}());
