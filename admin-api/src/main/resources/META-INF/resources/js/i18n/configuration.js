export default {
  en: {
    'configuration.title': 'Configuration',
    'configuration.terms': 'Refunds and payments',
    'configuration.company': 'Company and tax data',
    'configuration.billingEmail': 'Billing e-mail',
    'configuration.cards': 'Cards',
    'configuration.code': 'Company code',
    'configuration.onboarding': 'Your company data is not complete yet.',
    'configuration.onboardingLink': 'Finish the set-up',
  },
  es: {
    'configuration.title': 'Configuración',
    'configuration.terms': 'Reembolsos y pagos',
    'configuration.company': 'Datos de la empresa y fiscales',
    'configuration.billingEmail': 'Correo de facturación',
    'configuration.cards': 'Tarjetas',
    'configuration.code': 'Código de empresa',
    'configuration.onboarding': 'Los datos de tu empresa aún no están completos.',
    'configuration.onboardingLink': 'Terminar la configuración',
  },
};
