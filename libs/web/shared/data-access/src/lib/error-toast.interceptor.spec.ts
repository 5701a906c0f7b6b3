import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';
import { errorToastInterceptor } from './error-toast.interceptor';
import { handledErrors, NETWORK_ERROR_MESSAGE } from './http-errors';

describe('errorToastInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let open: jest.Mock;

  beforeEach(() => {
    open = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([errorToastInterceptor])),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: { open } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  /** Sends a GET, answers it with the given error and waits until the caller sees the failure. */
  async function failGet(
    url: string,
    status: number,
    body: unknown,
    context = handledErrors(),
  ): Promise<void> {
    const request = firstValueFrom(http.get(url, { context }));
    backend.expectOne(url).flush(body, { status, statusText: 'Error' });
    await expect(request).rejects.toMatchObject({ status });
  }

  it('shows "something went wrong on our side" with the request id for a 500', async () => {
    await failGet('/api/users', 500, {
      statusCode: 500,
      code: 'internal_error',
      message: 'Internal server error',
      requestId: 'req-42',
    });

    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0][0]).toBe('Something went wrong on our side (ref: req-42)');
  });

  it('stays quiet for the 401 of the session probe GET /api/auth/me', async () => {
    await failGet('/api/auth/me', 401, {
      statusCode: 401,
      code: 'unauthenticated',
      message: 'Sign in to continue.',
    });

    expect(open).not.toHaveBeenCalled();
  });

  it("shows the API's own message for a 4xx the caller does not handle", async () => {
    await failGet('/api/users/1', 403, {
      statusCode: 403,
      code: 'forbidden',
      message: 'You need the users.manage permission.',
    });

    expect(open.mock.calls[0][0]).toBe('You need the users.manage permission.');
  });

  it('stays quiet for a 400 that the form shows next to its fields', async () => {
    await failGet(
      '/api/users',
      400,
      {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Check the fields.',
        details: [{ field: 'email', message: 'Enter a valid email.' }],
      },
      handledErrors(400),
    );

    expect(open).not.toHaveBeenCalled();
  });

  it("says the server can't be reached when the network fails (status 0)", async () => {
    const request = firstValueFrom(http.get('/api/users'));
    backend.expectOne('/api/users').error(new ProgressEvent('error'), { status: 0 });
    await expect(request).rejects.toMatchObject({ status: 0 });

    expect(open.mock.calls[0][0]).toBe(NETWORK_ERROR_MESSAGE);
  });
});
