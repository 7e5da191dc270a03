import type { Source } from './types';

/**
 * Every source the advice cites, from shared/advice-sources.md (names shortened, https only).
 * "via" marks a third-party copy: the original's wording was not checked there.
 */
export const SOURCES = {
  hipaaSafeHarbor: { name: 'HIPAA Privacy Rule, 45 CFR §164.514(b) (Safe Harbor)', url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.514' },
  hipaaPenalties: { name: 'HIPAA civil money penalties, 45 CFR §160.404', url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-160/subpart-D/section-160.404' },
  hhsDeidentification: { name: 'HHS OCR, De-identification guidance (2012)', url: 'https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/index.html' },
  ocrNewVision: { name: 'HHS OCR, New Vision Dental settlement (2022)', url: 'https://www.hhs.gov/about/news/2022/12/14/hhs-civil-rights-office-enters-settlement-with-dental-practice-over-disclosures-of-patients-protected-health-information.html' },
  anaPrinciples: { name: 'ANA, Social Networking Principles', url: 'https://www.nursingworld.org/social/' },
  anaTips: { name: 'ANA, 6 Tips to Avoid Problems (2011), via allnurses', url: 'https://allnurses.com/nursing-activism-healthcare/ana-amp-ncsbn-698116.html' },
  amaSocialMedia: { name: 'AMA Code Opinion 2.3.2 (2010 text), via AAFP News', url: 'https://www.aafp.org/news/professional-issues/20101110amainterim1.html' },
  amaSocialMediaItems: { name: 'AMA Code Opinion 2.3.2 (2010 text), via Security, Privacy and the Law', url: 'https://www.securityprivacyandthelaw.com/2010/11/ama-adopts-policy-on-professionalism-in-the-use-of-social-media/' },
  amaPromotion: { name: 'AMA Code of Medical Ethics, Social media for product promotion', url: 'https://code-medical-ethics.ama-assn.org/index.php/ethics-opinions/physicians-use-social-media-product-promotion-and-compensation' },
  ncsbnGuide: { name: "NCSBN, A Nurse's Guide to the Use of Social Media (2011), copy", url: 'https://zbook.org/read/255d68_a-nurse-s-guide-to-the-use-of-social-media-ncsbn.html' },
  acpFsmb: { name: 'ACP/FSMB policy statement (2013), via HealthWorks Collective', url: 'https://healthworkscollective.com/new-policy-statement-online-medical-professionalism' },
  acpFsmbMedscape: { name: 'ACP/FSMB policy statement (2013), via Medscape', url: 'https://www.staging.medscape.com/viewarticle/782459' },
  fsmb2012: { name: 'FSMB Model Policy Guidelines (2012), via Physician’s Weekly', url: 'https://www.physiciansweekly.com/doctors-new-social-media-guidelines/' },
  fsmb2012Pltrust: { name: 'FSMB Model Policy Guidelines (2012), via PLTrust', url: 'https://www.pltrust.org/2013/05/professional-discipline-related-to-social-media-use/' },
  greysen2012: { name: 'Greysen et al., JAMA 2012', url: 'https://jamanetwork.com/journals/jama/fullarticle/1105088' },
  greysen2013: { name: 'Greysen et al., Ann Intern Med 2013', url: 'https://www.acpjournals.org/doi/10.7326/0003-4819-158-2-201301150-00008' },
  gmc2024: { name: 'GMC, Using social media as a medical professional (2024)', url: 'https://www.gmc-uk.org/gmpinaction/case-studies/dr-walker/scenario-03/' },
  gmc2013: { name: "GMC, Doctors' use of social media (2013), via MDU", url: 'https://www.themdu.com/guidance-and-advice/journals/good-practice-october-2013/ethical-social-networking' },
  nmc: { name: 'NMC, Guidance on using social media responsibly', url: 'https://www.nmc.org.uk/standards/guidance/social-media-guidance/read-social-media-guidance-online/' },
  nmcNursingTimes: { name: 'NMC social media guidance (2015), via Nursing Times', url: 'https://www.nursingtimes.net/warning-from-nmc-in-new-social-media-guidance/5083989.article' },
  optometrists: { name: 'College of Optometrists, Guidance C148–C151', url: 'https://www.college-optometrists.org/clinical-guidance/guidance/communication,-partnership-and-teamwork/social-media-and-online-behaviour/privacy-and-confidentiality' },
  medicalProtection: { name: 'Medical Protection, Pitfalls of social media (2022)', url: 'https://medicalprotection.org/uk/advice-centre-articles/pitfalls-of-social-media-professionalism-confidentiality' },
  rcgp: { name: 'RCGP Social Media Highway Code (2013), copy', url: 'https://docslib.org/doc/1851948/in-partnership-with' },
  cpsoDialogue44: { name: 'CPSO Dialogue vol. 13 no. 2 (2017), p. 44', url: 'https://view.joomag.com/dialogue-volume-13-issue-2-2017/0684364001497899579?page=44' },
  cpsoDialogue45: { name: 'CPSO Dialogue vol. 13 no. 2 (2017), p. 45', url: 'https://view.joomag.com/dialogue-volume-13-issue-2-2017/0684364001497899579?page=45' },
  cpsoPolicy: { name: 'CPSO, Social Media policy (2022)', url: 'https://www.cpso.on.ca/en/Physicians/Policies-Guidance/Policies/Social-Media' },
  cpsnb: { name: 'CPSNB, Selected commentary: Facebook', url: 'https://cpsnb.org/en/physicians/professional-standards2/selected-commentary/433-facebook' },
  cpsbc: { name: 'CPSBC College Connector (2020): online ratings', url: 'https://cpsbc.ca/for-physicians/college-connector/2020-V08-01/04' },
  cmpaReviews: { name: 'CMPA, Online physician reviews (2019, rev. 2024)', url: 'https://www.cmpa-acpm.ca/en/advice-publications/browse-articles/2019/online-physician-reviews-how-to-manage-your-virtual-presence-and-real-reputation' },
  ahpraGuidance: { name: 'Ahpra & National Boards, Social media guidance (2019)', url: 'https://www.medicalboard.gov.au/codes-guidelines-policies/social-media-guidance.aspx' },
  ahpraStatement: { name: 'Ahpra, Statement on social media (2020)', url: 'https://www.ahpra.gov.au/News/2020-09-01-Appropriate-use-of-social-media.aspx' },
  amaAuImages: { name: 'AMA (Australia) & MIIAA, Clinical images and personal devices, copy', url: 'https://vdocument.in/final-ama-clinical-images-guide.html' },
  ahmed2020: { name: 'Ahmed et al., JMIR 2020', url: 'https://www.jmir.org/2020/9/e19746' },
  weijs2019: { name: 'Weijs et al., JMIR 2019', url: 'https://www.jmir.org/2019/4/e12024' },
  clavier2020: { name: 'Clavier et al., JMIR mHealth uHealth 2020', url: 'https://mhealth.jmir.org/2020/9/e23153' },
  javed2019: { name: 'Javed et al., J Adv Nurs 2019', url: 'https://pubmed.ncbi.nlm.nih.gov/31385324/' },
  pendergrast2021: { name: 'Pendergrast et al., JAMA Intern Med 2021', url: 'https://jamanetwork.com/journals/jamainternalmedicine/article-abstract/2774727' },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
