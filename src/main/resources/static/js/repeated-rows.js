// "Add another" for the repeated groups of a form (benchmarks, milestones, monthly targets). Without
// JavaScript the page already offers blank rows; this adds more, numbered on from the last one.
for (const group of document.querySelectorAll('[data-repeated-rows]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'govuk-button govuk-button--secondary';
    button.textContent = 'Add another ' + group.dataset.repeatedRows;
    group.appendChild(button);
    button.addEventListener('click', () => {
        const rows = group.querySelectorAll('[data-repeated-row]');
        const last = rows[rows.length - 1];
        const row = last.cloneNode(true);
        renumber(row, rows.length);
        button.before(row);
        row.querySelector('input, select').focus();
    });
}

/** The field names carry the row's index (benchmarks[2].value, id benchmarks2.value): the first number. */
function renumber(row, index) {
    for (const element of row.querySelectorAll('[name], [id], [for]')) {
        for (const attribute of ['name', 'id', 'for']) {
            if (element.hasAttribute(attribute)) {
                element.setAttribute(attribute, element.getAttribute(attribute).replace(/\d+/, index));
            }
        }
    }
    const legend = row.querySelector('legend');
    legend.textContent = legend.textContent.replace(/\d+\s*$/, index + 1);
    for (const error of row.querySelectorAll('.govuk-error-message')) {
        error.remove();
    }
    // Only the row's error messages were described, and they are gone.
    for (const element of row.querySelectorAll('[aria-describedby]')) {
        element.removeAttribute('aria-describedby');
    }
    for (const group of row.querySelectorAll('.govuk-form-group--error')) {
        group.classList.remove('govuk-form-group--error');
    }
    for (const input of row.querySelectorAll('input')) {
        input.value = '';
        input.classList.remove('govuk-input--error');
    }
    for (const select of row.querySelectorAll('select')) {
        select.selectedIndex = 0;
        select.classList.remove('govuk-select--error');
    }
}
