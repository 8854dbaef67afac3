/**
 * The agency choice of the login form (AUTH.INSTANSI_REQUIRED, decision 0206): a Select, in a chunk
 * of its own because it is rarely needed and Mantine's combobox would double the login page's
 * download.
 */
import { Select, type SelectProps } from '@mantine/core';

export default function AgencySelect(props: SelectProps) {
  return <Select {...props} />;
}
