// A checkbox with data-select-all="NAME" checks or unchecks every checkbox named NAME in its form (the alert queue's bulk actions).
document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    all.addEventListener('change', function () {
        all.form.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]').forEach(function (box) { box.checked = all.checked; });
    });
});
