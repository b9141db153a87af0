import { h, copyButton, errorText } from '../../ui.js';

/** IBANs are read and typed in groups of four (the print format); copying takes the electronic one. */
function grouped(iban) {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

function address(a) {
  if (!a) {
    return null;
  }
  const street = [a.streetName, a.buildingNumber].filter(Boolean).join(' ');
  const town = [a.postCode, a.townName].filter(Boolean).join(' ');
  return [street, town, a.countryCode].filter(Boolean).join(', ');
}

function entry(term, ...value) {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

/**
 * The employee behind a device, with the full IBAN the company needs for manual transfers. The IBAN is fetched
 * only when the admin asks for it (the device list never carries it).
 */
export async function showEmployee(device, { api, t, fmt }) {
  const body = h('div', { class: 'employee-body' },
    h('p', { class: 'loading', role: 'status' }, t('devices.employee.loading')));
  const closeButton = h('button', { type: 'button', class: 'button' }, t('devices.employee.close'));
  const dialog = h('dialog', { class: 'employee-dialog', 'aria-labelledby': 'employee-dialog-title' },
    h('h2', { id: 'employee-dialog-title' }, t('devices.employee.title')), body,
    h('div', { class: 'actions' }, closeButton));
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();

  let employee;
  try {
    employee = await api.get(`/devices/${device.linkId}/employee`);
  } catch (error) {
    body.replaceChildren(h('p', { role: 'alert', class: 'banner error' }, errorText(error)));
    return;
  }
  const iban = employee.iban
    ? [h('span', { class: 'iban mono', id: 'employee-iban' }, grouped(employee.iban)),
      copyButton(employee.iban, { label: t('devices.employee.copyIban'), describedBy: 'employee-iban' })]
    : [h('span', { class: 'muted' }, t('devices.employee.noIban'))];
  const rows = [
    ...entry(t('devices.employee.name'), employee.name),
    ...entry(t('devices.employee.email'), h('a', { href: `mailto:${employee.email}` }, employee.email)),
    ...entry(t('devices.employee.iban'), ...iban),
  ];
  if (employee.bic) {
    rows.push(...entry(t('devices.employee.bic'), employee.bic));
  }
  const where = address(employee.address);
  if (where) {
    rows.push(...entry(t('devices.employee.address'), where));
  }
  rows.push(...entry(t('devices.employee.charger'), device.chargePointId),
    ...entry(t('devices.employee.linkedAt'), fmt.date(device.linkedAt)));
  body.replaceChildren(h('dl', { class: 'employee-details' }, ...rows));
}
