// Progressive enhancement only: every form works without this file.
(function () {
  'use strict';

  // Fields that apply to some choices only: data-shown-for="kind:INCIDENT" shows the block while the control named
  // kind has the value INCIDENT; several rules ("kind:INCIDENT;stage:DETAILED UPDATE") must all hold.
  function currentValue(form, name) {
    var control = form.elements[name];
    return control ? control.value : null;
  }

  function followChoices() {
    document.querySelectorAll('[data-shown-for]').forEach(function (block) {
      var form = block.closest('form');
      if (!form) {
        return;
      }
      var rules = block.getAttribute('data-shown-for').split(';').map(function (rule) {
        var parts = rule.split(':');
        return {name: parts[0], allowed: parts[1].split(' ')};
      });
      var update = function () {
        block.hidden = !rules.every(function (rule) {
          return rule.allowed.indexOf(currentValue(form, rule.name)) >= 0;
        });
      };
      form.addEventListener('change', update);
      update();
    });
  }

  // "Add a row" for tables of numbered inputs (indicators): copies the last row with empty values.
  function addableRows() {
    document.querySelectorAll('[data-add-row]').forEach(function (button) {
      var body = document.getElementById(button.getAttribute('data-add-row'));
      if (!body) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        var rows = body.querySelectorAll('tr');
        var index = rows.length;
        var copy = rows[rows.length - 1].cloneNode(true);
        copy.classList.remove('has-error');
        copy.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
        copy.querySelectorAll('input, select').forEach(function (control) {
          control.name = control.name.replace(/\[\d+]/, '[' + index + ']');
          control.id = control.id.replace(/-\d+$/, '-' + index);
          control.value = '';
        });
        copy.querySelectorAll('label').forEach(function (label) {
          label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + index);
          label.textContent = label.textContent.replace(/\d+$/, String(index + 1));
        });
        var number = copy.querySelector('.row-number');
        if (number) {
          number.textContent = String(index + 1);
        }
        body.appendChild(copy);
        copy.querySelector('select, input').focus();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    followChoices();
    addableRows();
  });
})();
