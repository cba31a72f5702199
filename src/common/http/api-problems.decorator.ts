import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { statusTitle } from './problem-details';

class FieldProblemDto {
  @ApiProperty({ example: 'limit' }) field!: string;
  @ApiProperty({ type: [String], example: ['limit must not be greater than 500'] }) messages!: string[];
}

/** RFC 9457 problem document, as every error of this API is answered. */
export class ProblemDto {
  @ApiProperty({ example: 'about:blank' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty() detail!: string;
  @ApiProperty({ required: false, example: '/admin/dead-letters' }) instance?: string;
  @ApiProperty({ required: false }) correlationId?: string;
  @ApiProperty({ required: false, description: 'Stable code of a domain error' }) code?: string;
  @ApiProperty({ required: false, type: [FieldProblemDto] }) errors?: FieldProblemDto[];
}

/** Documents the problem+json answers a route or controller can give. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: statusTitle(status),
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}
