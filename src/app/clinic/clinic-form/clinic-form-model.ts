import { FormControl, FormGroup } from '@angular/forms';
import { type ClinicSettings, clinicFields } from '@domain/contracts/clinic';
import { contractValidator } from '../../ui/forms/contract-validator';
import type { FieldDifference } from '../../ui/forms/stale-edit-panel/stale-edit-panel';

/** The Clinic page's fields as typed: a blank address or phone is '' here and `null` once parsed. */
export interface ClinicFormValue {
  name: string;
  address: string;
  phone: string;
}

export const clinicFieldLabels: Record<keyof ClinicFormValue, string> = {
  name: 'Clinic name',
  address: 'Address',
  phone: 'Phone',
};

const fields = Object.keys(clinicFieldLabels) as (keyof ClinicFormValue)[];

export type ClinicFormGroup = FormGroup<{ [K in keyof ClinicFormValue]: FormControl<string> }>;

/** Each field checked by the contract's own rule, so the form says what the server would. */
export function createClinicForm(): ClinicFormGroup {
  const control = (field: keyof ClinicFormValue) =>
    new FormControl('', {
      nonNullable: true,
      validators: contractValidator(clinicFields.shape[field]),
    });
  return new FormGroup({
    name: control('name'),
    address: control('address'),
    phone: control('phone'),
  });
}

export function formValueOf(settings: ClinicSettings): ClinicFormValue {
  return { name: settings.name, address: settings.address ?? '', phone: settings.phone ?? '' };
}

const shown = (value: string) => value.trim() || '(empty)';

/**
 * "Keep my changes" after someone else saved: the fields this edit changed (from `base`, what it started from)
 * take the edit's values; the others keep the saved ones, so a colleague's change the manager never touched stays.
 */
export function mergeEdits(
  saved: ClinicFormValue,
  mine: ClinicFormValue,
  base: ClinicFormValue,
): ClinicFormValue {
  const merged = { ...saved };
  for (const field of fields) {
    if (mine[field].trim() !== base[field].trim()) merged[field] = mine[field];
  }
  return merged;
}

/** The fields where the saved clinic and the edit disagree, with what a merge keeps. */
export function differences(
  saved: ClinicFormValue,
  mine: ClinicFormValue,
  base: ClinicFormValue,
): FieldDifference[] {
  const merged = mergeEdits(saved, mine, base);
  return fields
    .filter((field) => saved[field].trim() !== mine[field].trim())
    .map((field) => ({
      field,
      label: clinicFieldLabels[field],
      saved: shown(saved[field]),
      yours: shown(mine[field]),
      kept: shown(merged[field]),
    }));
}
