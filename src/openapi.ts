import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** Serves Swagger UI at /docs (JSON at /docs/json): Nest's controllers plus the routes given here. */
export function setUpOpenApi(app: NestFastifyApplication, extraPaths: OpenAPIObject['paths']): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('agente-hotel-api')
      .setDescription(
        'A 24/7 virtual hotel receptionist on WhatsApp and e-mail. Errors are RFC 9457 ' +
          'application/problem+json; every response carries X-Correlation-ID.',
      )
      .setVersion('1')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'Operator token (role "admin")',
      })
      .build(),
  );
  document.paths = { ...document.paths, ...extraPaths };
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json', yamlDocumentUrl: 'docs/yaml' });
}
