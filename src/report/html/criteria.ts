/** SOC 2 Trust Services Criteria (2017, points of focus revised 2022): report order and headings. */
export const CRITERIA_ORDER = [
  'CC6.1',
  'CC6.2',
  'CC6.3',
  'CC6.6',
  'CC6.7',
  'CC6.8',
  'CC7.1',
  'CC7.2',
  'CC7.3',
  'CC8.1',
  'A1.2',
  'C1.1',
] as const;

export const CRITERIA_TITLES: Record<string, string> = {
  'CC6.1':
    'The entity implements logical access security software, infrastructure, and architectures over protected information assets to protect them from security events.',
  'CC6.2':
    'Prior to issuing system credentials and granting system access, the entity registers and authorizes new internal and external users.',
  'CC6.3':
    'The entity authorizes, modifies, or removes access to data, software, functions, and other protected information assets based on roles and responsibilities.',
  'CC6.6':
    'The entity implements logical access security measures to protect against threats from sources outside its system boundaries.',
  'CC6.7':
    'The entity restricts the transmission, movement, and removal of information to authorized internal and external users and processes, and protects it during transmission, movement, or removal.',
  'CC6.8':
    'The entity implements controls to prevent or detect and act upon the introduction of unauthorized or malicious software.',
  'CC7.1':
    'To meet its objectives, the entity uses detection and monitoring procedures to identify changes to configurations that result in the introduction of new vulnerabilities, and susceptibilities to newly discovered vulnerabilities.',
  'CC7.2':
    'The entity monitors system components and the operation of those components for anomalies that are indicative of malicious acts, natural disasters, and errors affecting its ability to meet its objectives.',
  'CC7.3':
    'The entity evaluates security events to determine whether they could or have resulted in a failure to meet its objectives.',
  'CC8.1':
    'The entity authorizes, designs, develops or acquires, configures, documents, tests, approves, and implements changes to infrastructure, data, software, and procedures.',
  'A1.2':
    'The entity authorizes, designs, develops or acquires, implements, operates, approves, maintains, and monitors environmental protections, software, data backup processes, and recovery infrastructure.',
  'C1.1':
    'The entity identifies and maintains confidential information to meet its objectives related to confidentiality.',
};

export const CRITERIA_NAMES: Record<string, string> = {
  'CC6.1': 'Logical access security',
  'CC6.2': 'User registration and authorization',
  'CC6.3': 'Role-based access',
  'CC6.6': 'Protection against external threats',
  'CC6.7': 'Protection of information in transmission and storage',
  'CC6.8': 'Unauthorized or malicious software',
  'CC7.1': 'Configuration monitoring',
  'CC7.2': 'Monitoring for anomalies',
  'CC7.3': 'Evaluation of security events',
  'CC8.1': 'Change management',
  'A1.2': 'Availability: backup and recovery',
  'C1.1': 'Confidential information',
};

/** Known criteria in report order, then unknown ones (from other rule sets) alphabetically. */
export function compareCriteria(a: string, b: string): number {
  const rank = (id: string): number => {
    const index = (CRITERIA_ORDER as readonly string[]).indexOf(id);
    return index < 0 ? CRITERIA_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
