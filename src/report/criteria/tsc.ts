/**
 * The AICPA Trust Services Criteria (2017, points of focus revised 2022):
 * every criterion in report order, with its category, series, a short name
 * and its wording. The coverage matrix lists all of them, so a criterion no
 * control tests is shown as such instead of being left out.
 */
import { SOC2_CRITERIA, type Soc2Criterion } from '../../engine/rule.js';

export interface TscCategory {
  id: 'security' | 'availability' | 'confidentiality' | 'processing-integrity' | 'privacy';
  name: string;
}

export interface TscSeries {
  /** `CC6`, `A1`, `P4` */
  id: string;
  name: string;
  category: TscCategory['id'];
}

export interface TscCriterion {
  id: Soc2Criterion;
  series: string;
  name: string;
  text: string;
}

export const TSC_CATEGORIES: readonly TscCategory[] = [
  { id: 'security', name: 'Security (common criteria)' },
  { id: 'availability', name: 'Availability' },
  { id: 'confidentiality', name: 'Confidentiality' },
  { id: 'processing-integrity', name: 'Processing integrity' },
  { id: 'privacy', name: 'Privacy' },
];

export const TSC_SERIES: readonly TscSeries[] = [
  { id: 'CC1', name: 'Control environment', category: 'security' },
  { id: 'CC2', name: 'Communication and information', category: 'security' },
  { id: 'CC3', name: 'Risk assessment', category: 'security' },
  { id: 'CC4', name: 'Monitoring activities', category: 'security' },
  { id: 'CC5', name: 'Control activities', category: 'security' },
  { id: 'CC6', name: 'Logical and physical access controls', category: 'security' },
  { id: 'CC7', name: 'System operations', category: 'security' },
  { id: 'CC8', name: 'Change management', category: 'security' },
  { id: 'CC9', name: 'Risk mitigation', category: 'security' },
  { id: 'A1', name: 'Additional criteria for availability', category: 'availability' },
  { id: 'C1', name: 'Additional criteria for confidentiality', category: 'confidentiality' },
  { id: 'PI1', name: 'Additional criteria for processing integrity', category: 'processing-integrity' },
  { id: 'P1', name: 'Privacy: notice', category: 'privacy' },
  { id: 'P2', name: 'Privacy: choice and consent', category: 'privacy' },
  { id: 'P3', name: 'Privacy: collection', category: 'privacy' },
  { id: 'P4', name: 'Privacy: use, retention and disposal', category: 'privacy' },
  { id: 'P5', name: 'Privacy: access', category: 'privacy' },
  { id: 'P6', name: 'Privacy: disclosure and notification', category: 'privacy' },
  { id: 'P7', name: 'Privacy: quality', category: 'privacy' },
  { id: 'P8', name: 'Privacy: monitoring and enforcement', category: 'privacy' },
];

const OBJECTIVES = "to meet the entity's objectives";
const PRIVACY = "to meet the entity's objectives related to privacy";

const CRITERIA: Record<Soc2Criterion, [name: string, text: string]> = {
  'CC1.1': [
    'Integrity and ethical values',
    'COSO Principle 1: The entity demonstrates a commitment to integrity and ethical values.',
  ],
  'CC1.2': [
    'Board independence and oversight',
    'COSO Principle 2: The board of directors demonstrates independence from management and exercises oversight of the development and performance of internal control.',
  ],
  'CC1.3': [
    'Structures, reporting lines and authorities',
    'COSO Principle 3: Management establishes, with board oversight, structures, reporting lines, and appropriate authorities and responsibilities in the pursuit of objectives.',
  ],
  'CC1.4': [
    'Competent individuals',
    'COSO Principle 4: The entity demonstrates a commitment to attract, develop, and retain competent individuals in alignment with objectives.',
  ],
  'CC1.5': [
    'Accountability for internal control',
    'COSO Principle 5: The entity holds individuals accountable for their internal control responsibilities in the pursuit of objectives.',
  ],
  'CC2.1': [
    'Quality information',
    'COSO Principle 13: The entity obtains or generates and uses relevant, quality information to support the functioning of internal control.',
  ],
  'CC2.2': [
    'Internal communication',
    'COSO Principle 14: The entity internally communicates information, including objectives and responsibilities for internal control, necessary to support the functioning of internal control.',
  ],
  'CC2.3': [
    'External communication',
    'COSO Principle 15: The entity communicates with external parties regarding matters affecting the functioning of internal control.',
  ],
  'CC3.1': [
    'Objectives suitable for risk assessment',
    'COSO Principle 6: The entity specifies objectives with sufficient clarity to enable the identification and assessment of risks relating to objectives.',
  ],
  'CC3.2': [
    'Risk identification and analysis',
    'COSO Principle 7: The entity identifies risks to the achievement of its objectives across the entity and analyzes risks as a basis for determining how the risks should be managed.',
  ],
  'CC3.3': [
    'Fraud risk',
    'COSO Principle 8: The entity considers the potential for fraud in assessing risks to the achievement of objectives.',
  ],
  'CC3.4': [
    'Changes that affect internal control',
    'COSO Principle 9: The entity identifies and assesses changes that could significantly impact the system of internal control.',
  ],
  'CC4.1': [
    'Ongoing and separate evaluations',
    'COSO Principle 16: The entity selects, develops, and performs ongoing and/or separate evaluations to ascertain whether the components of internal control are present and functioning.',
  ],
  'CC4.2': [
    'Communication of deficiencies',
    'COSO Principle 17: The entity evaluates and communicates internal control deficiencies in a timely manner to those parties responsible for taking corrective action, including senior management and the board of directors, as appropriate.',
  ],
  'CC5.1': [
    'Control activities that mitigate risk',
    'COSO Principle 10: The entity selects and develops control activities that contribute to the mitigation of risks to the achievement of objectives to acceptable levels.',
  ],
  'CC5.2': [
    'General controls over technology',
    'COSO Principle 11: The entity also selects and develops general control activities over technology to support the achievement of objectives.',
  ],
  'CC5.3': [
    'Policies and procedures',
    'COSO Principle 12: The entity deploys control activities through policies that establish what is expected and in procedures that put policies into action.',
  ],
  'CC6.1': [
    'Logical access security',
    `The entity implements logical access security software, infrastructure, and architectures over protected information assets to protect them from security events ${OBJECTIVES}.`,
  ],
  'CC6.2': [
    'User registration and authorization',
    'Prior to issuing system credentials and granting system access, the entity registers and authorizes new internal and external users whose access is administered by the entity. For those users whose access is administered by the entity, user system credentials are removed when user access is no longer authorized.',
  ],
  'CC6.3': [
    'Role-based access',
    `The entity authorizes, modifies, or removes access to data, software, functions, and other protected information assets based on roles, responsibilities, or the system design and changes, giving consideration to the concepts of least privilege and segregation of duties, ${OBJECTIVES}.`,
  ],
  'CC6.4': [
    'Physical access',
    `The entity restricts physical access to facilities and protected information assets (for example, data center facilities, back-up media storage, and other sensitive locations) to authorized personnel ${OBJECTIVES}.`,
  ],
  'CC6.5': [
    'Disposal of physical assets',
    `The entity discontinues logical and physical protections over physical assets only after the ability to read or recover data and software from those assets has been diminished and is no longer required ${OBJECTIVES}.`,
  ],
  'CC6.6': [
    'Protection against external threats',
    'The entity implements logical access security measures to protect against threats from sources outside its system boundaries.',
  ],
  'CC6.7': [
    'Protection of information in transmission and storage',
    `The entity restricts the transmission, movement, and removal of information to authorized internal and external users and processes, and protects it during transmission, movement, or removal ${OBJECTIVES}.`,
  ],
  'CC6.8': [
    'Unauthorized or malicious software',
    `The entity implements controls to prevent or detect and act upon the introduction of unauthorized or malicious software ${OBJECTIVES}.`,
  ],
  'CC7.1': [
    'Configuration monitoring',
    'To meet its objectives, the entity uses detection and monitoring procedures to identify (1) changes to configurations that result in the introduction of new vulnerabilities, and (2) susceptibilities to newly discovered vulnerabilities.',
  ],
  'CC7.2': [
    'Monitoring for anomalies',
    "The entity monitors system components and the operation of those components for anomalies that are indicative of malicious acts, natural disasters, and errors affecting the entity's ability to meet its objectives; anomalies are analyzed to determine whether they represent security events.",
  ],
  'CC7.3': [
    'Evaluation of security events',
    'The entity evaluates security events to determine whether they could or have resulted in a failure of the entity to meet its objectives (security incidents) and, if so, takes actions to prevent or address such failures.',
  ],
  'CC7.4': [
    'Incident response',
    'The entity responds to identified security incidents by executing a defined incident response program to understand, contain, remediate, and communicate security incidents, as appropriate.',
  ],
  'CC7.5': [
    'Recovery from incidents',
    'The entity identifies, develops, and implements activities to recover from identified security incidents.',
  ],
  'CC8.1': [
    'Change management',
    'The entity authorizes, designs, develops or acquires, configures, documents, tests, approves, and implements changes to infrastructure, data, software, and procedures to meet its objectives.',
  ],
  'CC9.1': [
    'Business disruption risk',
    'The entity identifies, selects, and develops risk mitigation activities for risks arising from potential business disruptions.',
  ],
  'CC9.2': [
    'Vendor and business partner risk',
    'The entity assesses and manages risks associated with vendors and business partners.',
  ],
  'A1.1': [
    'Capacity management',
    'The entity maintains, monitors, and evaluates current processing capacity and use of system components (infrastructure, data, and software) to manage capacity demand and to enable the implementation of additional capacity to help meet its objectives.',
  ],
  'A1.2': [
    'Environmental protections, backup and recovery infrastructure',
    'The entity authorizes, designs, develops or acquires, implements, operates, approves, maintains, and monitors environmental protections, software, data back-up processes, and recovery infrastructure to meet its objectives.',
  ],
  'A1.3': [
    'Recovery plan testing',
    'The entity tests recovery plan procedures supporting system recovery to meet its objectives.',
  ],
  'C1.1': [
    'Identification and protection of confidential information',
    "The entity identifies and maintains confidential information to meet the entity's objectives related to confidentiality.",
  ],
  'C1.2': [
    'Disposal of confidential information',
    "The entity disposes of confidential information to meet the entity's objectives related to confidentiality.",
  ],
  'PI1.1': [
    'Processing specifications',
    'The entity obtains or generates, uses, and communicates relevant, quality information regarding the objectives related to processing, including definitions of data processed and product and service specifications, to support the use of products and services.',
  ],
  'PI1.2': [
    'System inputs',
    `The entity implements policies and procedures over system inputs, including controls over completeness and accuracy, to result in products, services, and reporting ${OBJECTIVES}.`,
  ],
  'PI1.3': [
    'System processing',
    `The entity implements policies and procedures over system processing to result in products, services, and reporting ${OBJECTIVES}.`,
  ],
  'PI1.4': [
    'System outputs',
    `The entity implements policies and procedures to make available or deliver output completely, accurately, and timely in accordance with specifications ${OBJECTIVES}.`,
  ],
  'PI1.5': [
    'Storage of inputs, processing and outputs',
    `The entity implements policies and procedures to store inputs, items in processing, and outputs completely, accurately, and timely in accordance with system specifications ${OBJECTIVES}.`,
  ],
  'P1.1': [
    'Privacy notice',
    `The entity provides notice to data subjects about its privacy practices ${PRIVACY}. The notice is updated and communicated to data subjects in a timely manner for changes to the entity's privacy practices, including changes in the use of personal information, ${PRIVACY}.`,
  ],
  'P2.1': [
    'Choice and consent',
    `The entity communicates choices available regarding the collection, use, retention, disclosure, and disposal of personal information to the data subjects and the consequences, if any, of each choice. Explicit consent for the collection, use, retention, disclosure, and disposal of personal information is obtained from data subjects or other authorized persons, if required. Such consent is obtained only for the intended purpose of the information ${PRIVACY}. The entity's basis for determining implicit consent for the collection, use, retention, disclosure, and disposal of personal information is documented.`,
  ],
  'P3.1': [
    'Collection consistent with objectives',
    "Personal information is collected consistent with the entity's objectives related to privacy.",
  ],
  'P3.2': [
    'Explicit consent before collection',
    `For information requiring explicit consent, the entity communicates the need for such consent, as well as the consequences of a failure to provide consent for the request for personal information, and obtains the consent prior to the collection of the information ${PRIVACY}.`,
  ],
  'P4.1': [
    'Use limited to identified purposes',
    "The entity limits the use of personal information to the purposes identified in the entity's objectives related to privacy.",
  ],
  'P4.2': [
    'Retention',
    "The entity retains personal information consistent with the entity's objectives related to privacy.",
  ],
  'P4.3': ['Secure disposal', `The entity securely disposes of personal information ${PRIVACY}.`],
  'P5.1': [
    'Access by data subjects',
    `The entity grants identified and authenticated data subjects the ability to access their stored personal information for review and, upon request, provides physical or electronic copies of that information to data subjects ${PRIVACY}. If access is denied, data subjects are informed of the denial and reason for such denial, as required, ${PRIVACY}.`,
  ],
  'P5.2': [
    'Correction of personal information',
    `The entity corrects, amends, or appends personal information based on information provided by data subjects and communicates such information to third parties, as committed or required, ${PRIVACY}. If a request for correction is denied, data subjects are informed of the denial and reason for such denial ${PRIVACY}.`,
  ],
  'P6.1': [
    'Disclosure with consent',
    `The entity discloses personal information to third parties with the explicit consent of data subjects, and such consent is obtained prior to disclosure ${PRIVACY}.`,
  ],
  'P6.2': [
    'Record of authorized disclosures',
    `The entity creates and retains a complete, accurate, and timely record of authorized disclosures of personal information ${PRIVACY}.`,
  ],
  'P6.3': [
    'Record of unauthorized disclosures',
    `The entity creates and retains a complete, accurate, and timely record of detected or reported unauthorized disclosures (including breaches) of personal information ${PRIVACY}.`,
  ],
  'P6.4': [
    'Privacy commitments of third parties',
    `The entity obtains privacy commitments from vendors and other third parties who have access to personal information ${PRIVACY}. The entity assesses those parties' compliance on a periodic and as-needed basis and takes corrective action, if necessary.`,
  ],
  'P6.5': [
    'Notification by third parties',
    `The entity obtains commitments from vendors and other third parties with access to personal information to notify the entity in the event of actual or suspected unauthorized disclosures of personal information. Such notifications are reported to appropriate personnel and acted on in accordance with established incident response procedures ${PRIVACY}.`,
  ],
  'P6.6': [
    'Breach notification',
    `The entity provides notification of breaches and incidents to affected data subjects, regulators, and others ${PRIVACY}.`,
  ],
  'P6.7': [
    'Accounting of disclosures',
    `The entity provides data subjects with an accounting of the personal information held and disclosure of the data subjects' personal information, upon the data subjects' request, ${PRIVACY}.`,
  ],
  'P7.1': [
    'Data quality',
    `The entity collects and maintains accurate, up-to-date, complete, and relevant personal information ${PRIVACY}.`,
  ],
  'P8.1': [
    'Inquiries, complaints and disputes',
    `The entity implements a process for receiving, addressing, resolving, and communicating the resolution of inquiries, complaints, and disputes from data subjects and others and periodically monitors compliance ${PRIVACY}.`,
  ],
};

/** `CC6.1` -> `CC6`, `PI1.3` -> `PI1`, `P6.2` -> `P6`. */
export function seriesOf(criterion: string): string {
  return criterion.split('.')[0] ?? criterion;
}

export const TSC_CRITERIA: readonly TscCriterion[] = SOC2_CRITERIA.map((id) => ({
  id,
  series: seriesOf(id),
  name: CRITERIA[id][0],
  text: CRITERIA[id][1],
}));

const BY_ID = new Map<string, TscCriterion>(TSC_CRITERIA.map((criterion) => [criterion.id, criterion]));

export function tscCriterion(id: string): TscCriterion | undefined {
  return BY_ID.get(id);
}

/** Criteria in TSC order, then ids from elsewhere (an older findings.json) alphabetically. */
export function compareCriteria(a: string, b: string): number {
  const rank = (id: string): number => {
    const index = SOC2_CRITERIA.indexOf(id as Soc2Criterion);
    return index < 0 ? SOC2_CRITERIA.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
