import * as z from 'zod';
import { fieldErrors } from './api-error';

describe('fieldErrors', () => {
  it('groups messages by dotted field path and puts path-less issues under _form', () => {
    const schema = z.object({ email: z.email({ error: 'bad email' }), runs: z.array(z.object({ km: z.number() })) });
    const parsed = schema.safeParse({ email: 'x', runs: [{ km: 'a' }] });
    expect(parsed.success).toBeFalse();
    const fields = fieldErrors(parsed.error!.issues);
    expect(fields['email']).toEqual(['bad email']);
    expect(fields['runs.0.km']?.length).toBe(1);
  });

  it('files an issue without a path under _form', () => {
    const parsed = z.string().refine(() => false, { error: 'whole form' }).safeParse('x');
    expect(fieldErrors(parsed.error!.issues)).toEqual({ _form: ['whole form'] });
  });
});
